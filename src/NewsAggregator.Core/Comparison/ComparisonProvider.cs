using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NewsAggregator.Core.Storage;

namespace NewsAggregator.Core.Comparison;

/// <summary>A comparison computed on request, and whether it was stored for the next reader.</summary>
public readonly record struct ComputedComparison(StoryComparisonResult? Result, bool Stored);

/// <summary>
/// Gives a story's comparison: the stored one, or, when it is missing or stale, one computed now
/// and stored for the next reader. Imports only mark comparisons stale, so the first reader of a
/// changed story (or the web app's background fill) pays for comparing it.
/// </summary>
public sealed class ComparisonProvider(NewsDbContext db, TimeProvider time, ILogger<ComparisonProvider> logger)
{
    /// <summary>
    /// How long a computed comparison waits to be stored while another writer (an import) holds
    /// the store: not worth holding up a page for, since the comparison is returned either way.
    /// </summary>
    private static readonly TimeSpan StoreWait = TimeSpan.FromSeconds(1);

    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    /// <summary>The story's comparison, computed and stored first if need be; null when the story has no reports.</summary>
    public async Task<StoryComparisonResult?> GetAsync(int storyId, CancellationToken cancellationToken = default) =>
        await ComparisonStore.LoadAsync(db, storyId, cancellationToken)
        ?? (await ComputeAndStoreAsync(storyId, cancellationToken)).Result;

    /// <summary>
    /// Up to <paramref name="count"/> stories with reports but no stored comparison, most recently
    /// changed first (the ones readers are likeliest to open), leaving out <paramref name="except"/>.
    /// </summary>
    public async Task<IReadOnlyList<int>> FindMissingAsync(int count, IReadOnlyCollection<int> except, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(except);
        return await db.Stories.AsNoTracking()
            .Where(s => s.ArticleCount > 0 && !except.Contains(s.Id) && !db.StoryComparisons.Any(c => c.StoryId == s.Id))
            .OrderByDescending(s => s.UpdatedUtc).ThenByDescending(s => s.Id)
            .Select(s => s.Id)
            .Take(count)
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Computes the story's comparison from its reports as they are now and stores it, unless the
    /// store changed since they were read (the comparison might be stale already) or another
    /// writer holds it: then the comparison is still returned, only not stored.
    /// </summary>
    public async Task<ComputedComparison> ComputeAndStoreAsync(int storyId, CancellationToken cancellationToken = default)
    {
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        var commandTimeout = db.Database.GetCommandTimeout();
        await db.Database.OpenConnectionAsync(cancellationToken);

        // Deferred: the reads below take a snapshot without locking out writers, and SQLite refuses
        // the write at the end if anyone committed since, so a comparison of reports that an import
        // changed in the meantime is never stored over the import's invalidation.
        var transaction = connection.BeginTransaction(deferred: true);
        try
        {
            await db.Database.UseTransactionAsync(transaction, cancellationToken);
            var result = await ComparisonStore.ComputeAsync(db, storyId, cancellationToken);
            if (result is null)
            {
                return new ComputedComparison(null, Stored: false);
            }

            try
            {
                db.Database.SetCommandTimeout(StoreWait);
                var json = ComparisonStore.Serialize(result);
                var computedUtc = time.GetUtcNow().UtcDateTime;
                await db.Database.ExecuteSqlAsync(
                    $"""
                    INSERT INTO StoryComparisons (StoryId, Json, ComputedUtc) VALUES ({storyId}, {json}, {computedUtc})
                    ON CONFLICT (StoryId) DO UPDATE SET Json = excluded.Json, ComputedUtc = excluded.ComputedUtc
                    """,
                    cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return new ComputedComparison(result, Stored: true);
            }
            catch (SqliteException ex) when (ex.SqliteErrorCode is SqliteBusy or SqliteLocked)
            {
                logger.LogDebug("Comparison of story {StoryId} computed but not stored: the store is busy or changed meanwhile ({Error})",
                    storyId, ex.SqliteExtendedErrorCode);
                return new ComputedComparison(result, Stored: false);
            }
        }
        finally
        {
            db.Database.SetCommandTimeout(commandTimeout);
            await db.Database.UseTransactionAsync(null, CancellationToken.None);
            await transaction.DisposeAsync();
            await db.Database.CloseConnectionAsync();
        }
    }
}
