using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace NewsAggregator.Core.Storage;

/// <summary>
/// Connection settings for one long run of large write batches, such as the import verb. The
/// context's connection is opened and stays open, so the settings hold for every batch (EF hands a
/// connection back after each statement outside a transaction); they touch only that connection,
/// so the web app's connections, reading the same WAL store meanwhile, keep their own.
/// </summary>
/// <remarks>
/// By default every commit that leaves more than 1,000 pages in the write-ahead log copies the
/// whole log into the database file. A batch of a thousand articles writes several times that, so
/// each batch paid for a copy, including the index and search pages every batch changes again.
/// Here the log grows to <see cref="CheckpointLogBytes"/> before a commit copies it (some ten batches),
/// and <see cref="CheckpointAsync"/> copies the rest at the end. The bound keeps the log, and the
/// disk it takes beside the store, from growing with the whole import. Readers are unaffected:
/// they read pages from the log as from the file. SQLite counts the bound in pages, so it is worked
/// out from the store's page size (16 KiB for a store created now, 4 KiB for older ones): in pages
/// alone, a store with larger pages would let the log, and the commits a power cut can lose before
/// a checkpoint writes them through, grow as many times larger.
/// </remarks>
public static class BulkWriteSettings
{
    /// <summary>Bytes of log after which a commit copies the log into the file.</summary>
    public const int CheckpointLogBytes = 128 * 1024 * 1024;

    // A 64 MiB page cache (the default is 2 MiB) keeps the hot index pages of a store many times
    // that size in memory instead of reading them back from the OS.
    private const string LargerCache = "PRAGMA cache_size = -65536;";

    private const string PageSize = "PRAGMA page_size;";

    // PASSIVE never waits for readers: pages a reader still needs stay in the log until a later checkpoint.
    private const string Checkpoint = "PRAGMA wal_checkpoint(PASSIVE);";

    /// <summary>Opens the context's connection, to stay open, and applies the settings to it.</summary>
    public static async Task ApplyAsync(NewsDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = PageSize;
        var pageSize = Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        command.CommandText = string.Create(CultureInfo.InvariantCulture, $"PRAGMA wal_autocheckpoint = {CheckpointLogBytes / pageSize}; {LargerCache}");
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Copies the write-ahead log into the database file, as the skipped automatic checkpoints would have.</summary>
    public static async Task CheckpointAsync(NewsDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        await db.Database.ExecuteSqlRawAsync(Checkpoint, cancellationToken);
    }
}
