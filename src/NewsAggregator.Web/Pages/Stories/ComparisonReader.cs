using NewsAggregator.Core.Storage;

namespace NewsAggregator.Web.Pages.Stories;

/// <summary>
/// Reads the comparison computed at import (never computes one per request).
/// Until the comparison engine is merged there is nothing stored to read.
/// </summary>
internal static class ComparisonReader
{
    public static Task<ComparisonView?> LoadAsync(NewsDbContext db, int storyId, IReadOnlyList<ReportView> reports, CancellationToken cancellationToken)
    {
        _ = (db, storyId, reports, cancellationToken);
        return Task.FromResult<ComparisonView?>(null);
    }
}
