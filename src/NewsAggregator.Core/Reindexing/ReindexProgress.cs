namespace NewsAggregator.Core.Reindexing;

public enum ReindexPhase
{
    Parsing,
    Clustering,
    Committing,
    Completed,
}

/// <summary>A snapshot of a running re-index: how far it is, and how fast it goes.</summary>
public sealed record ReindexProgress(ReindexPhase Phase, int Done, int Total, TimeSpan Elapsed)
{
    /// <summary>Parsing speed so far; clustering and commit come after and are not counted.</summary>
    public double ArticlesPerSecond => Elapsed.TotalSeconds > 0 ? Done / Elapsed.TotalSeconds : 0;

    /// <summary>Time left for parsing at the speed so far; unknown until the first article is done.</summary>
    public TimeSpan? Remaining =>
        Phase != ReindexPhase.Parsing ? TimeSpan.Zero
        : ArticlesPerSecond > 0 ? TimeSpan.FromSeconds((Total - Done) / ArticlesPerSecond)
        : null;

    /// <summary>Share done: parsing counts for the first 90 %, so 100 % only shows once committed.</summary>
    public int Percent => Phase switch
    {
        ReindexPhase.Parsing => Total == 0 ? 0 : (int)(90L * Done / Total),
        ReindexPhase.Clustering => 90,
        ReindexPhase.Committing => 99,
        _ => 100,
    };
}

/// <summary>What a finished re-index did.</summary>
public sealed record ReindexResult(int Articles, int Stories, int StoryIdsKept, IReadOnlyList<string> Refused, TimeSpan Elapsed);
