using Microsoft.Extensions.Options;
using NewsAggregator.Core.Comparison;

namespace NewsAggregator.Web.Comparisons;

/// <summary>
/// Computes, in the background, the comparisons of stories that have none (new or changed since),
/// newest first and one story at a time, so a story's first reader rarely has to wait for it.
/// Runs at start, when <see cref="ComparisonFillSignal"/> asks, and every few minutes for changes
/// made by another process. Only the web server hosts it; the command-line verbs leave the work to it.
/// </summary>
internal sealed class ComparisonFillService(
    ComparisonFillSignal signal,
    IServiceScopeFactory scopes,
    IOptions<ComparisonFillOptions> options,
    ILogger<ComparisonFillService> logger) : BackgroundService
{
    private const int StoriesPerQuery = 20;

    /// <summary>How soon to try again when a writer (an import) kept a comparison from being stored.</summary>
    private static readonly TimeSpan BusyRetry = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            logger.LogInformation("Background comparison fill is off: comparisons are computed when a story is first read");
            return;
        }

        var scan = TimeSpan.FromSeconds(options.Value.ScanSeconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            var busy = false;
            try
            {
                busy = await FillAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Background comparison fill failed; trying again later");
            }

            try
            {
                await signal.WaitAsync(busy ? BusyRetry : scan, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Fills every missing comparison it can; true when it stopped because the store was busy.</summary>
    private async Task<bool> FillAsync(CancellationToken stoppingToken)
    {
        // Stories whose comparison throws (logged) or that had no reports after all are left out for
        // the rest of this pass, so one cannot hold up the others or loop; the next pass tries them again.
        var skipped = new HashSet<int>();
        var stored = 0;
        while (true)
        {
            IReadOnlyList<int> missing;
            await using (var scope = scopes.CreateAsyncScope())
            {
                missing = await scope.ServiceProvider.GetRequiredService<ComparisonProvider>()
                    .FindMissingAsync(StoriesPerQuery, skipped, stoppingToken);
            }

            if (missing.Count == 0)
            {
                if (stored > 0)
                {
                    logger.LogInformation("Computed {Count} story comparisons in the background", stored);
                }

                return false;
            }

            foreach (var storyId in missing)
            {
                stoppingToken.ThrowIfCancellationRequested();
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    var computed = await scope.ServiceProvider.GetRequiredService<ComparisonProvider>()
                        .ComputeAndStoreAsync(storyId, stoppingToken);
                    if (computed.Result is not null && !computed.Stored)
                    {
                        logger.LogDebug("Background comparison fill paused: the store is busy ({Count} stored so far)", stored);
                        return true;
                    }

                    if (computed.Stored)
                    {
                        stored++;
                    }
                    else
                    {
                        skipped.Add(storyId);
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    skipped.Add(storyId);
                    logger.LogError(ex, "Comparing story {StoryId} failed; it is left out of this background pass", storyId);
                }
            }
        }
    }
}
