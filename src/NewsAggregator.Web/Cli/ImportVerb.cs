using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using NewsAggregator.Core.Ingestion;
using NewsAggregator.Core.Storage;

namespace NewsAggregator.Web.Cli;

internal static class ImportVerb
{
    /// <summary>Files per transaction: large enough that per-batch work (clustering's store checks, story summaries) is shared by many articles.</summary>
    private const int BatchSize = 1000;

    public static Command Create(VerbContext context)
    {
        var paths = new Argument<string[]>("path")
        {
            Description = "Article files or folders (searched recursively).",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("import", "Import article files into the store and group them into stories.") { paths };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var host = await context.StartHostAsync(cancellationToken);
            await using var scope = host.Services.CreateAsyncScope();
            var importer = scope.ServiceProvider.GetRequiredService<ArticleImporter>();
            var db = scope.ServiceProvider.GetRequiredService<NewsDbContext>();
            var counts = new Dictionary<ImportStatus, int>();
            var started = Stopwatch.GetTimestamp();
            var batch = new List<ImportFile>();

            async Task FlushAsync()
            {
                var outcomes = await importer.ImportAsync(batch, cancellationToken);
                foreach (var outcome in outcomes)
                {
                    Report(outcome);
                }

                // The ingestion history the admin pages show, with "cli" for the person.
                var now = DateTime.UtcNow;
                db.ImportRecords.AddRange(outcomes.Zip(batch, (o, f) => ImportRecord.From(o, f.Content.Length, "cli", now)));
                await db.SaveChangesAsync(cancellationToken);

                // One context serves the whole run: forget what this batch loaded, or every later save checks it again.
                db.ChangeTracker.Clear();
                batch.Clear();
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

                try
                {
                    batch.Add(new ImportFile(Path.GetFileName(path), await File.ReadAllBytesAsync(path, cancellationToken)));
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    Report(ImportOutcome.Rejected(path, $"cannot read the file: {ex.Message}"));
                }

                if (batch.Count >= BatchSize)
                {
                    await FlushAsync();
                }
            }

            await FlushAsync();
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
