using Microsoft.EntityFrameworkCore;
using NewsAggregator.Core.Tests.Support;

namespace NewsAggregator.Core.Tests.Storage;

public class ClusterSeedMigrationTests
{
    [Fact]
    public async Task UpgradeMakesEachStoredStoryOneGroupSeededByItsFirstArticle()
    {
        await using var store = await TestStore.CreateAtAsync(
            "20261101000200_SearchIndexBatchRefresh",
            """
            INSERT INTO Stories (Id, Headline, ArticleCount, OutletCount, Outlets, KeyNames, KeyTerms, UpdatedUtc) VALUES
                (7, 'a', 2, 1, '[]', '[]', '[]', '2026-01-01 00:00:00'),
                (9, 'b', 1, 1, '[]', '[]', '[]', '2026-01-01 00:00:00');
            INSERT INTO SourceFiles (Id, Sha256, FileName, Length, Content, ReceivedUtc) VALUES
                (1, printf('%.64c', 'a'), 'a.txt', 1, x'01', '2026-01-01 00:00:00'),
                (2, printf('%.64c', 'b'), 'b.txt', 1, x'01', '2026-01-01 00:00:00'),
                (3, printf('%.64c', 'c'), 'c.txt', 1, x'01', '2026-01-01 00:00:00'),
                (4, printf('%.64c', 'd'), 'd.txt', 1, x'01', '2026-01-01 00:00:00');
            INSERT INTO Articles (Id, SourceFileId, StoryId, Title, TitleDerived, ParsedUtc) VALUES
                (11, 1, 7, 'a', 0, '2026-01-01 00:00:00'),
                (12, 2, 9, 'b', 0, '2026-01-01 00:00:00'),
                (13, 3, 7, 'c', 0, '2026-01-01 00:00:00'),
                (14, 4, NULL, 'd', 0, '2026-01-01 00:00:00');
            """);

        await using var db = store.NewContext();
        await db.Database.MigrateAsync();

        var seeds = await db.Articles.OrderBy(a => a.Id).Select(a => a.ClusterSeed).ToListAsync();
        Assert.Equal([11, 12, 11, null], seeds);
    }
}
