using NewsAggregator.Core.Ingestion;

namespace NewsAggregator.Core.Storage;

/// <summary>
/// One line of ingestion history: who sent which file, when, and what became of it. Kept apart from
/// the article (no foreign key) so the history survives the article being deleted.
/// </summary>
public class ImportRecord
{
    public int Id { get; set; }

    /// <summary>The signed-in user's name, or "cli" for the import verb.</summary>
    public string UserName { get; set; } = "";

    /// <summary>The name the file came with: metadata only.</summary>
    public string FileName { get; set; } = "";

    public long Length { get; set; }
    public ImportStatus Status { get; set; }
    public string? Reason { get; set; }
    public int? ArticleId { get; set; }
    public int? StoryId { get; set; }
    public DateTime ReceivedUtc { get; set; }

    public static ImportRecord From(ImportOutcome outcome, long length, string userName, DateTime receivedUtc) => new()
    {
        UserName = userName,
        FileName = outcome.FileName,
        Length = length,
        Status = outcome.Status,
        Reason = outcome.Reason,
        ArticleId = outcome.ArticleId,
        StoryId = outcome.StoryId,
        ReceivedUtc = receivedUtc,
    };
}
