using Microsoft.EntityFrameworkCore;
using NewsAggregator.Core.Storage;
using NewsAggregator.Core.Tests.Support;

namespace NewsAggregator.Core.Tests.Storage;

public class BulkWriteSettingsTests
{
    [Fact]
    public async Task HoldForTheWholeRunOnTheBulkWritersConnectionOnly()
    {
        await using var store = await TestStore.CreateAsync();
        await using var writer = store.NewContext();
        await using var reader = store.NewContext();
        await writer.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");

        await BulkWriteSettings.ApplyAsync(writer);
        await using (var transaction = await writer.Database.BeginTransactionAsync())
        {
            writer.Stories.Add(new Story { Headline = "a", UpdatedUtc = DateTime.UnixEpoch });
            await writer.SaveChangesAsync();
            await transaction.CommitAsync();
        }

        await writer.Stories.CountAsync();
        Assert.Equal(BulkWriteSettings.CheckpointLogBytes / StoreCreation.PageSize, await ScalarAsync(writer, "PRAGMA wal_autocheckpoint;"));
        Assert.Equal(-65536, await ScalarAsync(writer, "PRAGMA cache_size;"));
        Assert.Equal(1000, await ScalarAsync(reader, "PRAGMA wal_autocheckpoint;"));
    }

    [Fact]
    public async Task BoundTheLogToTheSameBytesOnAStoreWithSmallerPages()
    {
        // Stores created before 16 KiB pages keep SQLite's 4 KiB ones.
        await using var store = await TestStore.CreateAtAsync("20261101000500_SearchIndexWiderMerges", "PRAGMA journal_mode=WAL;");
        await using var db = store.NewContext();

        await BulkWriteSettings.ApplyAsync(db);

        Assert.Equal(4096, await ScalarAsync(db, "PRAGMA page_size;"));
        Assert.Equal(BulkWriteSettings.CheckpointLogBytes / 4096, await ScalarAsync(db, "PRAGMA wal_autocheckpoint;"));
    }

    [Fact]
    public async Task CheckpointCopiesTheWholeLogIntoTheFile()
    {
        await using var store = await TestStore.CreateAsync();
        await using var db = store.NewContext();
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        await BulkWriteSettings.ApplyAsync(db);
        for (var i = 0; i < 20; i++)
        {
            db.Stories.Add(new Story { Headline = new string('x', 3000) + i, UpdatedUtc = DateTime.UnixEpoch });
            await db.SaveChangesAsync();
        }

        // The rows are still only in the log; the checkpoint is what brings them into the file.
        var file = new FileInfo(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(store.ConnectionString).DataSource);
        var before = file.Length;
        await BulkWriteSettings.CheckpointAsync(db);
        file.Refresh();
        Assert.True(file.Length >= before + (20 * 3000), $"the store file grew from {before} to only {file.Length} bytes");

        // PASSIVE reports the frames in the log and how many of them are in the file: all of them now.
        var (logFrames, copied) = await CheckpointStateAsync(db);
        Assert.True(logFrames > 0);
        Assert.Equal(logFrames, copied);
        await using var reader = store.NewContext();
        Assert.Equal(20, await reader.Stories.CountAsync());
    }

    private static async Task<long> ScalarAsync(NewsDbContext db, string sql)
    {
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await connection.OpenAsync();
        }

        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        }
        finally
        {
            if (opened)
            {
                await connection.CloseAsync();
            }
        }
    }

    private static async Task<(long LogFrames, long Copied)> CheckpointStateAsync(NewsDbContext db)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
        await using var row = await command.ExecuteReaderAsync();
        await row.ReadAsync();
        return (row.GetInt64(1), row.GetInt64(2));
    }
}
