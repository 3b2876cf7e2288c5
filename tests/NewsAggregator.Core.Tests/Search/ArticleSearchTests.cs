using Microsoft.EntityFrameworkCore;
using NewsAggregator.Core.Ingestion;
using NewsAggregator.Core.Search;
using NewsAggregator.Core.Tests.Support;

namespace NewsAggregator.Core.Tests.Search;

public class ArticleSearchTests
{
    [Fact]
    public async Task ZelenskyAlsoFindsZelenskyy()
    {
        await using var store = await TestStore.CreateAsync();
        await using var db = store.NewContext();
        await TestStore.NewImporter(db).ImportAsync(TestStore.Samples());
        var spelledLong = await db.ArticleBlocks.Where(b => b.Text.Contains("Zelenskyy")).Select(b => b.ArticleId).Distinct().ToListAsync();

        var results = await new ArticleSearch(db).SearchAsync("Zelensky");

        Assert.NotEmpty(spelledLong);
        Assert.Null(results.Problem);
        Assert.Subset(results.Hits.Select(h => h.ArticleId).ToHashSet(), spelledLong.ToHashSet());
        Assert.All(results.Hits, h => Assert.Contains(h.Title.Concat(h.Snippet), r => r.Marked && r.Text.StartsWith("Zelensk", StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public async Task PhraseMatchesOnlyTheWordsInThatOrder()
    {
        await using var store = await TestStore.CreateAsync();
        await using var db = store.NewContext();
        await TestStore.NewImporter(db).ImportAsync([Article("a.txt", "The missiles will speak for themselves, he said."),
            Article("b.txt", "They speak of missiles that will not arrive.")]);
        var search = new ArticleSearch(db);

        var phrase = await search.SearchAsync("\"missiles will speak\"");
        var words = await search.SearchAsync("missiles speak");

        Assert.Equal(1, phrase.Total);
        Assert.Equal(2, words.Total);
    }

    [Fact]
    public async Task IndexFollowsEditsAndDeletes()
    {
        await using var store = await TestStore.CreateAsync();
        await using var db = store.NewContext();
        await TestStore.NewImporter(db).ImportAsync([Article("a.txt", "A quiet report about harbour dredging in Gdansk.")]);
        var search = new ArticleSearch(db);
        var article = await db.Articles.Include(a => a.Blocks).SingleAsync();

        article.Title = "Wharf renovation";
        await db.SaveChangesAsync();
        var byNewTitle = await search.SearchAsync("renovation");

        // Block writers refresh the rows they touched (title changes and deletes are caught by triggers).
        db.ArticleBlocks.RemoveRange(article.Blocks);
        await db.SaveChangesAsync();
        await SearchIndexer.RefreshAsync(db, [article.Id]);
        var afterBlocksRemoved = await search.SearchAsync("Gdansk");

        db.Articles.Remove(article);
        await db.SaveChangesAsync();
        var afterDelete = await search.SearchAsync("renovation");

        Assert.Equal(1, byNewTitle.Total);
        Assert.Equal(0, afterBlocksRemoved.Total);
        Assert.Equal(0, afterDelete.Total);
    }

    [Theory]
    [InlineData("Biden AND")]
    [InlineData("NOT Biden")]
    [InlineData("(Biden")]
    public async Task SyntaxFts5RejectsIsAProblemNotAnException(string text)
    {
        await using var store = await TestStore.CreateAsync();
        await using var db = store.NewContext();

        var results = await new ArticleSearch(db).SearchAsync(text);

        Assert.NotNull(results.Problem);
        Assert.Empty(results.Hits);
    }

    private static ImportFile Article(string name, string body) =>
        new(name, System.Text.Encoding.UTF8.GetBytes($"---\ntitle: {Path.GetFileNameWithoutExtension(name)} report\noutlet: Test Outlet\n---\n{body}\n"));
}
