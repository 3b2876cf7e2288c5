using Microsoft.EntityFrameworkCore;
using NewsAggregator.Core.Search;
using NewsAggregator.Core.Storage;
using NewsAggregator.Core.Tests.Support;

namespace NewsAggregator.Core.Tests.Storage;

public class StoreCreationTests
{
    [Fact]
    public async Task CreatesANewStoreWithLargePagesAndEveryMigration()
    {
        // TestStore.CreateAsync creates its file through StoreCreation.
        await using var store = await TestStore.CreateAsync();
        await using var db = store.NewContext();

        Assert.Equal(StoreCreation.PageSize, await PageSizeAsync(db));
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task UpgradesAnExistingStoreInWalModeAndLeavesItsPageSize()
    {
        await using var store = await TestStore.CreateAtAsync(
            "20261101000300_ArticleClusterSeed",
            """
            PRAGMA journal_mode=WAL;
            INSERT INTO SourceFiles (Sha256, FileName, Length, Content, ReceivedUtc) VALUES (printf('%.64c', 'a'), 'old.txt', 1, x'01', '2026-01-01 00:00:00');
            INSERT INTO Articles (SourceFileId, Title, TitleDerived, ParsedUtc) VALUES (last_insert_rowid(), 'Harbour report', 0, '2026-01-01 00:00:00');
            INSERT INTO ArticleBlocks (ArticleId, Ordinal, Kind, Text) VALUES (last_insert_rowid(), 0, 'Paragraph', 'Dredging in Gdansk.');
            """);
        await using var db = store.NewContext();
        var before = await PageSizeAsync(db);

        await StoreCreation.MigrateAsync(db);

        Assert.NotEqual(StoreCreation.PageSize, before);
        Assert.Equal(before, await PageSizeAsync(db));
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(1, (await new ArticleSearch(db).SearchAsync("Gdansk")).Total);
    }

    private static Task<int> PageSizeAsync(NewsDbContext db) =>
        db.Database.SqlQueryRaw<int>("SELECT page_size AS Value FROM pragma_page_size").SingleAsync();
}
