using Microsoft.EntityFrameworkCore;
using NewsAggregator.Core.Comparison;
using NewsAggregator.Core.Ingestion;
using NewsAggregator.Core.Storage;

namespace NewsAggregator.Core.Tests.Comparison;

public sealed class ComparisonStoreTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "comparison-store-" + Guid.NewGuid().ToString("N"));

    private NewsDbContext NewContext() =>
        new(new DbContextOptionsBuilder<NewsDbContext>().UseSqlite($"Data Source={Path.Combine(_folder, "news.db")};Pooling=False").Options);

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        await using var db = NewContext();
        await db.Database.MigrateAsync();
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task StoresAndLoadsComparisonOfAStory()
    {
        var storyId = await SeedStoryAsync(
            ("Herald", ["Up to 900 firefighters battled the blaze in the Arden valley on Sunday.", "“We are winning this fight,” Chief Rosa Diaz said."]),
            ("Courier", ["An estimated 700 firefighters battled the blaze in the Arden valley.", "The cause of the fire is still unknown."]));

        await using (var db = NewContext())
        {
            Assert.Equal(1, await ComparisonStore.RefreshAsync(db, [storyId]));
        }

        await using (var db = NewContext())
        {
            var result = await ComparisonStore.LoadAsync(db, storyId);

            Assert.NotNull(result);
            Assert.Equal(["Herald", "Courier"], result.Articles.Select(a => a.Label));
            var figure = Assert.Single(result.Figures);
            Assert.True(figure.Disagrees);
            Assert.Equal("Rosa Diaz", Assert.Single(result.Quotes).Speaker);
        }
    }

    [Fact]
    public async Task RefreshReplacesTheStoredComparison()
    {
        var storyId = await SeedStoryAsync(("Herald", ["Up to 900 firefighters battled the blaze in the Arden valley."]));
        await using (var db = NewContext())
        {
            await ComparisonStore.RefreshAsync(db, [storyId]);
            var article = await db.Articles.Include(a => a.Blocks).SingleAsync();
            article.Blocks.Add(new ArticleBlock { Ordinal = 1, Kind = BlockKind.Paragraph, Text = "Rain is expected on Tuesday, forecasters said." });
            await db.SaveChangesAsync();
            await ComparisonStore.RefreshAsync(db, [storyId, storyId]);
        }

        await using (var check = NewContext())
        {
            var row = await check.StoryComparisons.SingleAsync();
            Assert.Equal(storyId, row.StoryId);
            var result = await ComparisonStore.LoadAsync(check, storyId);
            Assert.Equal(2, Assert.Single(result!.Articles).SentenceCount);
        }
    }

    [Fact]
    public async Task ReadsOnlyParagraphsAndBlockQuotes()
    {
        var storyId = await SeedStoryAsync(("Herald", ["The levee held through the night."]));
        await using (var db = NewContext())
        {
            var article = await db.Articles.Include(a => a.Blocks).SingleAsync();
            article.Blocks.Add(new ArticleBlock { Ordinal = 1, Kind = BlockKind.Caption, Text = "Photo: water over the road near 40 homes." });
            article.Blocks.Add(new ArticleBlock { Ordinal = 2, Kind = BlockKind.Quote, Text = "“The levee will hold,” engineer Paul Grant said." });
            article.Blocks.Add(new ArticleBlock { Ordinal = 3, Kind = BlockKind.Quote, Text = "We were lucky this time." });
            await db.SaveChangesAsync();
            await ComparisonStore.RefreshAsync(db, [storyId]);
        }

        await using var check = NewContext();
        var result = await ComparisonStore.LoadAsync(check, storyId);
        Assert.Equal(3, result!.Articles[0].SentenceCount);
        Assert.Equal(2, result.Quotes.Count);
        Assert.Equal("Paul Grant", result.Quotes.Single(q => q.Variants[0].Text.StartsWith("The levee", StringComparison.Ordinal)).Speaker);
        Assert.Contains(result.Quotes, q => q.Variants[0].Text == "We were lucky this time.");
    }

    [Fact]
    public async Task DropsComparisonOfStoryWithoutArticles()
    {
        var storyId = await SeedStoryAsync(("Herald", ["Up to 900 firefighters battled the blaze."]));
        await using (var db = NewContext())
        {
            await ComparisonStore.RefreshAsync(db, [storyId]);
            var article = await db.Articles.SingleAsync();
            article.StoryId = null;
            await db.SaveChangesAsync();
            Assert.Equal(0, await ComparisonStore.RefreshAsync(db, [storyId, 999]));
        }

        await using var check = NewContext();
        Assert.Empty(await check.StoryComparisons.ToListAsync());
        Assert.Null(await ComparisonStore.LoadAsync(check, storyId));
    }

    [Fact]
    public async Task LoadReturnsNullForUnreadableJson()
    {
        var storyId = await SeedStoryAsync(("Herald", ["Up to 900 firefighters battled the blaze."]));
        await using (var db = NewContext())
        {
            db.StoryComparisons.Add(new StoryComparison { StoryId = storyId, Json = "{not json", ComputedUtc = DateTime.UtcNow });
            await db.SaveChangesAsync();
        }

        await using var check = NewContext();
        Assert.Null(await ComparisonStore.LoadAsync(check, storyId));
    }

    private async Task<int> SeedStoryAsync(params (string Outlet, string[] Paragraphs)[] reports)
    {
        await using var db = NewContext();
        var story = new Story { Headline = "Test story", UpdatedUtc = DateTime.UtcNow };
        foreach (var (outlet, paragraphs) in reports)
        {
            var bytes = System.Text.Encoding.UTF8.GetBytes(outlet + string.Join("\n", paragraphs));
            story.Articles.Add(new Article
            {
                Title = $"{outlet} report",
                Outlet = outlet,
                ParsedUtc = DateTime.UtcNow,
                Source = new SourceFile
                {
                    FileName = $"{outlet}.txt",
                    Sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)),
                    Length = bytes.Length,
                    Content = bytes,
                    ReceivedUtc = DateTime.UtcNow,
                },
                Blocks = [.. paragraphs.Select((p, i) => new ArticleBlock { Ordinal = i, Kind = BlockKind.Paragraph, Text = p })],
            });
        }

        db.Stories.Add(story);
        await db.SaveChangesAsync();
        return story.Id;
    }
}
