using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using NewsAggregator.Core.Ingestion;
using NewsAggregator.Core.Storage;

namespace NewsAggregator.Web.Cli;

internal static class ImportVerb
{
    /// <summary>Files per transaction: large enough that per-batch work (clustering's store checks, story summaries) is shared by many articles.</summary>
    private const int DefaultBatchSize = 1000;

    public static Command Create(VerbContext context)
    {
        var paths = new Argument<string[]>("path")
        {
            Description = "Article files or folders (searched recursively).",
            Arity = ArgumentArity.OneOrMore,
        };
        var batchSize = new Option<int>("--batch-size")
        {
            Description = $"Files stored per transaction (default {DefaultBatchSize}); smaller batches hold the store's write lock for less time while the site runs.",
            DefaultValueFactory = _ => DefaultBatchSize,
        };
        batchSize.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--batch-size must be at least 1.");
            }
        });
        var command = new Command("import", "Import article files into the store and group them into stories.") { paths, batchSize };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var host = await context.StartHostAsync(cancellationToken);
            await using var scope = host.Services.CreateAsyncScope();
            var importer = scope.ServiceProvider.GetRequiredService<ArticleImporter>();
            var db = scope.ServiceProvider.GetRequiredService<NewsDbContext>();
            var counts = new Dictionary<ImportStatus, int>();
            var started = Stopwatch.GetTimestamp();
            var batch = new List<string>();
            var perBatch = parse.GetValue(batchSize);
            await BulkWriteSettings.ApplyAsync(db, cancellationToken);

            // Placing and writing a batch is the import's critical path; parsing the next one has
            // slack, so it runs at a lower priority and fills the cores' idle time instead of
            // taking turns with placement (which otherwise ran at about 40% of a core on 2 cores).
            using var background = new BackgroundScheduler(Environment.ProcessorCount);

            // Batches flow through two stages: while one is placed and stored, the next is read,
            // hashed and parsed in the background. At most one batch waits, so memory stays bounded.
            Task<(PreparedImport Prepared, List<ImportOutcome> Unreadable)>? preparing = null;

            (PreparedImport, List<ImportOutcome>) ReadAndPrepare(string[] paths, TaskScheduler scheduler)
            {
                // Reading here rather than in the loop keeps it off the writer's path.
                var files = new List<ImportFile>(paths.Length);
                var unreadable = new List<ImportOutcome>();
                foreach (var path in paths)
                {
                    try
                    {
                        files.Add(new ImportFile(Path.GetFileName(path), File.ReadAllBytes(path)));
                    }
                    catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                    {
                        unreadable.Add(ImportOutcome.Rejected(path, $"cannot read the file: {ex.Message}"));
                    }
                }

                return (importer.Prepare(files, new ParallelOptions { TaskScheduler = scheduler }), unreadable);
            }

            async Task StoreAsync(PreparedImport prepared, List<ImportOutcome> unreadable)
            {
                foreach (var outcome in unreadable)
                {
                    Report(outcome);
                }

                // The ingestion history the admin pages show is written with the batch, with "cli" for the person.
                var outcomes = await importer.ImportAsync(prepared, recordAs: "cli", cancellationToken);
                foreach (var outcome in outcomes)
                {
                    Report(outcome);
                }

                // One context serves the whole run: forget what this batch loaded, or every later save checks it again.
                db.ChangeTracker.Clear();
            }

            async Task FlushAsync()
            {
                var paths = batch.ToArray();
                batch.Clear();
                var previous = preparing;
                // The first batch has nothing to make way for: it parses at normal priority.
                var scheduler = previous is null ? TaskScheduler.Default : background;
                preparing = paths.Length == 0
                    ? null
                    : Task.Factory.StartNew(() => ReadAndPrepare(paths, scheduler), cancellationToken, TaskCreationOptions.None, scheduler);
                if (previous is not null)
                {
                    var (prepared, unreadable) = await previous;
                    await StoreAsync(prepared, unreadable);
                }
                else if (preparing is not null)
                {
                    // The store waits for the first batch anyway: its one-off work (compiling
                    // queries, loading the story index) fits in that wait instead of delaying the batch.
                    await importer.WarmUpAsync(cancellationToken);
                }
            }

            void Report(ImportOutcome outcome)
            {
                counts[outcome.Status] = counts.GetValueOrDefault(outcome.Status) + 1;
                context.Output.WriteLine(outcome.ToString());
            }

            foreach (var (path, error) in ImportFiles.Expand(parse.GetValue(paths)!))
            {
                if (error is not null)
                {
                    Report(ImportOutcome.Rejected(path, error));
                    continue;
                }

                batch.Add(path);
                if (batch.Count >= perBatch)
                {
                    await FlushAsync();
                }
            }

            await FlushAsync(); // the last partial batch starts preparing, the one before it is stored
            await FlushAsync(); // the last batch is stored
            await BulkWriteSettings.CheckpointAsync(db, cancellationToken);
            var seconds = Math.Max(Stopwatch.GetElapsedTime(started).TotalSeconds, 0.001);
            var imported = counts.GetValueOrDefault(ImportStatus.Imported);
            context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"import took {seconds:0.0} s ({imported / seconds:0} imported/s)"));
            context.Output.WriteLine(
                $"{imported} imported, " +
                $"{counts.GetValueOrDefault(ImportStatus.Duplicate)} duplicate, " +
                $"{counts.GetValueOrDefault(ImportStatus.Rejected)} rejected");
            return 0;
        });
        return command;
    }
}
