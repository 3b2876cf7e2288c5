using Microsoft.EntityFrameworkCore;

namespace NewsAggregator.Core.Storage;

/// <summary>
/// Migrates a store and, when that creates its file, gives the file pages of <see cref="PageSize"/>
/// bytes instead of SQLite's 4 KiB. SQLite fixes a file's page size with its first table (and, once
/// the store is in WAL mode, for good), so the size is set on the connection the migrations then run
/// on; a store that already exists keeps the size it has.
/// </summary>
/// <remarks>
/// Larger pages cut the CPU an import spends writing: committing a batch (which writes the search
/// index's new segment and merges older ones, whose leaves are about 4 KB each) took about a third
/// less thread CPU than with 4 KiB pages, and the store came out 5% smaller, with the same rows
/// (benchmarks/Clustering/README.md). Searches took about as long.
/// </remarks>
public static class StoreCreation
{
    /// <summary>Bytes per page of a store file this creates.</summary>
    public const int PageSize = 16_384;

    /// <summary>Applies the pending migrations, creating the store file with <see cref="PageSize"/>-byte pages if there is none yet.</summary>
    public static async Task MigrateAsync(NewsDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            // A no-op on a file that has tables already.
            await db.Database.ExecuteSqlRawAsync($"PRAGMA page_size = {PageSize};", cancellationToken);
            await db.Database.MigrateAsync(cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
