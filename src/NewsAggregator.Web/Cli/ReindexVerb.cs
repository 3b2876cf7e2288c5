using System.CommandLine;
using System.Diagnostics;
using NewsAggregator.Core.Reindexing;

namespace NewsAggregator.Web.Cli;

/// <summary>
/// <c>reindex</c>: the same re-index as the admin page's button, run in this process with a
/// progress bar on standard error. Ctrl+C cancels and leaves the stories as they were.
/// </summary>
internal static class ReindexVerb
{
    public static Command Create(VerbContext context)
    {
        var command = new Command("reindex", "Parse every stored original again and regroup all articles into stories (atomic; story ids kept where the story is the same).");
        command.SetAction(async (_, cancellationToken) =>
        {
            using var host = await context.StartHostAsync(cancellationToken);
            await using var scope = host.Services.CreateAsyncScope();
            var reindexer = scope.ServiceProvider.GetRequiredService<Reindexer>();
            var bar = new ProgressBar(context.Error);
            try
            {
                var result = await reindexer.RunAsync(bar, cancellationToken);
                bar.Finish();
                foreach (var refused in result.Refused)
                {
                    await context.Output.WriteLineAsync($"kept as it was (the current parser refuses it): {refused}");
                }

                await context.Output.WriteLineAsync(
                    $"re-indexed {result.Articles} articles into {result.Stories} stories in {result.Elapsed.TotalSeconds:0.0} s " +
                    $"({result.Articles / Math.Max(result.Elapsed.TotalSeconds, 0.001):0} articles/s); {result.StoryIdsKept} stories kept their id");
                return 0;
            }
            catch (OperationCanceledException)
            {
                bar.Finish();
                await context.Error.WriteLineAsync("re-index cancelled: nothing was changed");
                return 1;
            }
            catch (Exception ex)
            {
                bar.Finish();
                await context.Error.WriteLineAsync($"re-index failed and was rolled back, nothing was changed: {ex.Message}");
                return 1;
            }
        });
        return command;
    }

    /// <summary>A one-line bar redrawn in place (at most a few times a second) on standard error.</summary>
    private sealed class ProgressBar(TextWriter writer) : IProgress<ReindexProgress>
    {
        private const int Width = 30;
        private long _lastDrawn;
        private ReindexPhase? _lastPhase;
        private bool _drawn;

        public void Report(ReindexProgress value)
        {
            var now = Stopwatch.GetTimestamp();
            var last = value.Phase != ReindexPhase.Parsing || value.Done == value.Total;
            if (value.Phase == _lastPhase && !last && Stopwatch.GetElapsedTime(_lastDrawn, now) < TimeSpan.FromMilliseconds(200))
            {
                return;
            }

            (_lastDrawn, _lastPhase, _drawn) = (now, value.Phase, true);
            var filled = Width * value.Percent / 100;
            var left = value.Remaining is { } r && value.Phase == ReindexPhase.Parsing ? $", ~{r.TotalSeconds:0} s left" : "";
            writer.Write($"\r[{new string('#', filled)}{new string('-', Width - filled)}] {value.Percent,3} % " +
                $"{value.Done}/{value.Total} articles, {value.ArticlesPerSecond:0}/s{left} ({value.Phase.ToString().ToLowerInvariant()})   ");
            writer.Flush();
        }

        public void Finish()
        {
            if (_drawn)
            {
                writer.WriteLine();
            }
        }
    }
}
