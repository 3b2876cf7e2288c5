using NewsAggregator.Core.Ingestion;
using NewsAggregator.Core.Storage;
using NewsAggregator.Web.Comparisons;

namespace NewsAggregator.Web.Upload;

/// <summary>One line of an upload's result: the name as sent (zip entries as "archive.zip/entry") and its outcome.</summary>
public sealed record UploadResult(string DisplayName, ImportOutcome Outcome);

/// <summary>
/// Uploads go through the same importer as the import verb, so a file gets the same outcome either
/// way; this adds the upload limits in front and the ingestion history behind, in the import's transaction.
/// </summary>
public sealed class UploadImporter(UploadReader reader, ArticleImporter importer, NewsDbContext db, TimeProvider time, ComparisonFillSignal comparisonFill)
{
    public async Task<IReadOnlyList<UploadResult>> ImportAsync(IReadOnlyList<IFormFile> files, string userName, CancellationToken cancellationToken)
    {
        var items = await reader.ReadAsync(files, cancellationToken);
        var accepted = items.Where(i => i.File is not null).ToList();

        // The articles and their history are committed together: the history never tells of an
        // upload that was not stored, or misses one that was.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var outcomes = accepted.Count == 0 ? [] : await importer.ImportAsync([.. accepted.Select(i => i.File!)], cancellationToken);

        var byItem = new Dictionary<UploadItem, ImportOutcome>(ReferenceEqualityComparer.Instance);
        foreach (var (item, outcome) in accepted.Zip(outcomes))
        {
            byItem[item] = outcome;
        }

        var results = items.Select(item => new UploadResult(item.DisplayName,
            byItem.TryGetValue(item, out var outcome)
                ? outcome with { FileName = item.DisplayName }
                : ImportOutcome.Rejected(item.DisplayName, item.Rejection!))).ToList();

        var now = time.GetUtcNow().UtcDateTime;
        db.ImportRecords.AddRange(results.Zip(items).Select(p => ImportRecord.From(p.First.Outcome, p.Second.Length, userName, now)));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (outcomes.Any(o => o.Status == ImportStatus.Imported))
        {
            comparisonFill.Request();
        }

        return results;
    }
}
