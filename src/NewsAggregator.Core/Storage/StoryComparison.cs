namespace NewsAggregator.Core.Storage;

/// <summary>
/// The stored comparison of a story's reports (see <c>Comparison.StoryComparer</c>), kept as JSON so
/// the story page reads it in one row instead of recomputing it. A change to the story deletes it
/// (stale); the next read, or the web app's background fill, computes it again.
/// </summary>
public class StoryComparison
{
    public int StoryId { get; set; }

    /// <summary>The serialised <c>StoryComparisonResult</c>.</summary>
    public string Json { get; set; } = "";

    public DateTime ComputedUtc { get; set; }
}
