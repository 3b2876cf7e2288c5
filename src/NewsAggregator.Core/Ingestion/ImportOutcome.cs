namespace NewsAggregator.Core.Ingestion;

public enum ImportStatus
{
    Imported,
    Duplicate,
    Rejected,
}

/// <summary>What happened to one file: the same outcomes for the import verb and for uploads.</summary>
public sealed record ImportOutcome(ImportStatus Status, string FileName, int? ArticleId = null, int? StoryId = null, string? Reason = null)
{
    public static ImportOutcome Rejected(string fileName, string reason) => new(ImportStatus.Rejected, fileName, Reason: reason);

    /// <summary>The one-line form the import verb prints.</summary>
    public override string ToString() => Status switch
    {
        ImportStatus.Imported => $"imported {FileName} -> story {StoryId}",
        ImportStatus.Duplicate => $"duplicate {FileName} of article {ArticleId}",
        _ => $"rejected {FileName}: {Reason}",
    };
}

/// <summary>One file to import: the name it came with (metadata only) and its bytes.</summary>
public sealed record ImportFile(string FileName, byte[] Content);
