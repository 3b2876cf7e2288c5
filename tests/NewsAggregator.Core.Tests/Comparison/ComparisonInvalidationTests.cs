using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using NewsAggregator.Core.Comparison;
using NewsAggregator.Core.Ingestion;
using NewsAggregator.Core.Storage;
using NewsAggregator.Core.Tests.Support;

namespace NewsAggregator.Core.Tests.Comparison;

/// <summary>Imports and removals compute no comparison: they drop the stored one of each story they change.</summary>
public class ComparisonInvalidationTests
{
    [Fact]
    public async Task ImportStoresNoComparison()
    {
        await using var store = await TestStore.CreateAsync();
        await using var db = store.NewContext();

        var outcomes = await TestStore.NewImporter(db).ImportAsync(TestStore.Samples());

        Assert.All(outcomes, o => Assert.Equal(ImportStatus.Imported, o.Status));
        Assert.Empty(await db.StoryComparisons.ToListAsync());
    }

    [Fact]
    public async Task ImportIntoAStoryMarksItsComparisonStaleAndTheNextReadIncludesTheNewReport()
    {
        await using var store = await TestStore.CreateAsync();
        var samples = TestStore.Samples();
        int storyId;
        await using (var db = store.NewContext())
        {
            storyId = (await TestStore.NewImporter(db).ImportAsync([.. samples.SkipLast(1)]))[0].StoryId!.Value;
            Assert.Equal(samples.Count - 1, (await NewProvider(db).GetAsync(storyId))!.Articles.Count);
            Assert.NotNull(await ComparisonStore.LoadAsync(db, storyId));
        }

        await using (var db = store.NewContext())
        {
            var added = await TestStore.NewImporter(db).ImportAsync(samples[^1]);
            Assert.Equal(storyId, added.StoryId);
        }

        await using var check = store.NewContext();
        Assert.Null(await ComparisonStore.LoadAsync(check, storyId));
        Assert.Equal(samples.Count, (await NewProvider(check).GetAsync(storyId))!.Articles.Count);
        Assert.NotNull(await ComparisonStore.LoadAsync(check, storyId));
    }

    [Fact]
    public async Task RemovingAnArticleMarksItsStoryComparisonStale()
    {
        await using var store = await TestStore.CreateAsync();
        var samples = TestStore.Samples();
        int storyId;
        int removed;
        await using (var db = store.NewContext())
        {
            var outcomes = await TestStore.NewImporter(db).ImportAsync(samples);
            (storyId, removed) = (outcomes[0].StoryId!.Value, outcomes[0].ArticleId!.Value);
            await NewProvider(db).GetAsync(storyId);
        }

        await using (var db = store.NewContext())
        {
            Assert.True(await new ArticleRemover(db, TimeProvider.System).RemoveAsync(removed));
        }

        await using var check = store.NewContext();
        Assert.Null(await ComparisonStore.LoadAsync(check, storyId));
        var result = await NewProvider(check).GetAsync(storyId);
        Assert.Equal(samples.Count - 1, result!.Articles.Count);
        Assert.DoesNotContain(result.Articles, a => a.ArticleId == removed);
    }

    private static ComparisonProvider NewProvider(NewsDbContext db) =>
        new(db, TimeProvider.System, NullLogger<ComparisonProvider>.Instance);
}
