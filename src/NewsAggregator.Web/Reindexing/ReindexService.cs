using Microsoft.AspNetCore.OutputCaching;
using NewsAggregator.Core.Reindexing;
using NewsAggregator.Web.Comparisons;
using NewsAggregator.Web.Pages;

namespace NewsAggregator.Web.Reindexing;

/// <summary>Runs queued re-index jobs one after another, each in its own DI scope.</summary>
internal sealed class ReindexService(
    ReindexJobs jobs,
    IServiceScopeFactory scopes,
    IOutputCacheStore cache,
    ComparisonFillSignal comparisonFill,
    ILogger<ReindexService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var startedBy in jobs.Queue.ReadAllAsync(stoppingToken))
        {
            var cancellationToken = jobs.Begin(stoppingToken);
            logger.LogInformation("Re-index started by {UserName}", startedBy);
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var reindexer = scope.ServiceProvider.GetRequiredService<Reindexer>();
                var result = await reindexer.RunAsync(new ReindexJobs.StatusProgress(jobs), cancellationToken);
                await ReadingCache.ForgetAsync(cache, stoppingToken);
                comparisonFill.Request();
                var refused = result.Refused.Count == 0 ? "" : $"; {result.Refused.Count} originals the current parsers refuse were kept as they were";
                jobs.Finish(ReindexState.Completed,
                    $"Re-indexed {result.Articles} articles into {result.Stories} stories in {result.Elapsed.TotalSeconds:0.#} s; {result.StoryIdsKept} stories kept their address{refused}.");
            }
            catch (OperationCanceledException)
            {
                jobs.Finish(ReindexState.Cancelled, "Cancelled: the stories are as they were before.");
                logger.LogInformation("Re-index cancelled; nothing changed");
            }
            catch (Exception ex)
            {
                jobs.Finish(ReindexState.Failed, "The re-index failed and was rolled back: the stories are as they were. The error has been logged.");
                logger.LogError(ex, "Re-index failed; rolled back");
            }
        }
    }
}
