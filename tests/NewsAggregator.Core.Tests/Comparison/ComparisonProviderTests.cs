using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using NewsAggregator.Core.Comparison;
using NewsAggregator.Core.Ingestion;
using NewsAggregator.Core.Storage;

namespace NewsAggregator.Core.Tests.Comparison;

/// <summary>
/// Comparisons computed when first read and stored for the next reader, over a real SQLite file in
/// WAL mode as the app runs it (readers and one writer side by side).
/// </summary>
public sealed class ComparisonProviderTests : IAsyncLifetime
{
    private static readonly DateTime FirstRead = new(2026, 11, 1, 8, 0, 0, DateTimeKind.Utc);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "comparison-provider-" + Guid.NewGuid().ToString("N"));
    private readonly ManualTime _time = new(FirstRead);

    private string ConnectionString => $"Data Source={Path.Combine(_folder, "news.db")};Pooling=False";

    private NewsDbContext NewContext(params IInterceptor[] interceptors) =>
        new(new DbContextOptionsBuilder<NewsDbContext>().UseSqlite(ConnectionString).AddInterceptors(interceptors).Options);

    private ComparisonProvider NewProvider(NewsDbContext db) => new(db, _time, NullLogger<ComparisonProvider>.Instance);

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        await using var db = NewContext();
        await db.Database.MigrateAsync();
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;");
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task FirstReadComputesTheComparisonAndStoresIt()
    {
        var storyId = await SeedStoryAsync(
            ("Herald", ["Up to 900 firefighters battled the blaze in the Arden valley on Sunday.", "“We are winning this fight,” Chief Rosa Diaz said."]),
            ("Courier", ["An estimated 700 firefighters battled the blaze in the Arden valley.", "The cause of the fire is still unknown."]));

        StoryComparisonResult? result;
        await using (var db = NewContext())
        {
            Assert.Null(await ComparisonStore.LoadAsync(db, storyId));
            result = await NewProvider(db).GetAsync(storyId);
        }

        Assert.NotNull(result);
        Assert.Equal(["Herald", "Courier"], result.Articles.Select(a => a.Label));
        Assert.True(Assert.Single(result.Figures).Disagrees);
        Assert.Equal("Rosa Diaz", Assert.Single(result.Quotes).Speaker);
        await using var check = NewContext();
        var row = await check.StoryComparisons.SingleAsync();
        Assert.Equal(storyId, row.StoryId);
        Assert.Equal(FirstRead, row.ComputedUtc);
        Assert.Equal(["Herald", "Courier"], (await ComparisonStore.LoadAsync(check, storyId))!.Articles.Select(a => a.Label));
    }

    [Fact]
    public async Task SecondReadUsesTheStoredComparisonWithoutComparingAgain()
    {
        var storyId = await SeedStoryAsync(("Herald", ["Up to 900 firefighters battled the blaze in the Arden valley."]));
        await using (var db = NewContext())
        {
            await NewProvider(db).GetAsync(storyId);
        }

        // A change behind the store's back (no invalidation) shows whether the second read compares again.
        await AddParagraphAsync("Rain is expected on Tuesday, forecasters said.", invalidate: false);
        _time.Now = FirstRead.AddHours(1);
        await using (var db = NewContext())
        {
            var again = await NewProvider(db).GetAsync(storyId);
            Assert.Equal(1, Assert.Single(again!.Articles).SentenceCount);
        }

        await using var check = NewContext();
        Assert.Equal(FirstRead, (await check.StoryComparisons.SingleAsync()).ComputedUtc);
    }

    [Fact]
    public async Task InvalidatedComparisonIsComputedAgainFromTheNewText()
    {
        var storyId = await SeedStoryAsync(("Herald", ["Up to 900 firefighters battled the blaze in the Arden valley."]));
        await using (var db = NewContext())
        {
            await NewProvider(db).GetAsync(storyId);
        }

        await AddParagraphAsync("Rain is expected on Tuesday, forecasters said.", invalidate: false);
        await using (var db = NewContext())
        {
            Assert.Equal(1, await ComparisonStore.InvalidateAsync(db, [storyId, storyId, 999]));
            Assert.Null(await ComparisonStore.LoadAsync(db, storyId));
        }

        _time.Now = FirstRead.AddHours(1);
        await using (var db = NewContext())
        {
            Assert.Equal(2, Assert.Single((await NewProvider(db).GetAsync(storyId))!.Articles).SentenceCount);
        }

        await using var check = NewContext();
        Assert.Equal(FirstRead.AddHours(1), (await check.StoryComparisons.SingleAsync()).ComputedUtc);
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
        }

        await using var check = NewContext();
        var result = await NewProvider(check).GetAsync(storyId);
        Assert.Equal(3, result!.Articles[0].SentenceCount);
        Assert.Equal(2, result.Quotes.Count);
        Assert.Equal("Paul Grant", result.Quotes.Single(q => q.Variants[0].Text.StartsWith("The levee", StringComparison.Ordinal)).Speaker);
        Assert.Contains(result.Quotes, q => q.Variants[0].Text == "We were lucky this time.");
    }

    [Fact]
    public async Task StoryWithoutArticlesHasNoComparisonAndNothingIsStored()
    {
        var storyId = await SeedStoryAsync(("Herald", ["Up to 900 firefighters battled the blaze."]));
        await using (var db = NewContext())
        {
            var article = await db.Articles.SingleAsync();
            article.StoryId = null;
            await db.SaveChangesAsync();
        }

        await using var check = NewContext();
        Assert.Null(await NewProvider(check).GetAsync(storyId));
        Assert.Null(await NewProvider(check).GetAsync(999));
        Assert.Empty(await check.StoryComparisons.ToListAsync());
    }

    [Fact]
    public async Task UnreadableStoredComparisonIsComputedAgain()
    {
        var storyId = await SeedStoryAsync(("Herald", ["Up to 900 firefighters battled the blaze."]));
        await using (var db = NewContext())
        {
            db.StoryComparisons.Add(new StoryComparison { StoryId = storyId, Json = "{not json", ComputedUtc = FirstRead.AddDays(-1) });
            await db.SaveChangesAsync();
        }

        await using (var db = NewContext())
        {
            Assert.Null(await ComparisonStore.LoadAsync(db, storyId));
            Assert.Equal("Herald", Assert.Single((await NewProvider(db).GetAsync(storyId))!.Articles).Label);
        }

        await using var check = NewContext();
        Assert.Equal(FirstRead, (await check.StoryComparisons.SingleAsync()).ComputedUtc);
        Assert.NotNull(await ComparisonStore.LoadAsync(check, storyId));
    }

    [Fact]
    public async Task BusyStoreStillGivesTheComparisonAndStoresNothing()
    {
        var storyId = await SeedStoryAsync(("Herald", ["Up to 900 firefighters battled the blaze in the Arden valley."]));

        // Another connection holds the write lock, as an import does for each batch.
        await using (var importer = new SqliteConnection(ConnectionString))
        {
            await importer.OpenAsync();
            await using var writing = (SqliteTransaction)await importer.BeginTransactionAsync();
            await using (var command = importer.CreateCommand())
            {
                command.CommandText = "UPDATE Stories SET Headline = 'Held by the importer'";
                await command.ExecuteNonQueryAsync();
            }

            await using var db = NewContext();
            var page = await NewProvider(db).GetAsync(storyId);
            var background = await NewProvider(db).ComputeAndStoreAsync(storyId);

            Assert.Equal("Herald", Assert.Single(page!.Articles).Label);
            Assert.NotNull(background.Result);
            Assert.False(background.Stored);
            await writing.RollbackAsync();
        }

        await using var check = NewContext();
        Assert.Empty(await check.StoryComparisons.ToListAsync());
        Assert.NotNull(await NewProvider(check).GetAsync(storyId));
        Assert.Single(await check.StoryComparisons.ToListAsync());
    }

    [Fact]
    public async Task ChangeCommittedWhileComparingIsNotOverwrittenByTheOlderComparison()
    {
        var storyId = await SeedStoryAsync(("Herald", ["Up to 900 firefighters battled the blaze in the Arden valley."]));

        // An import commits a new paragraph (and its invalidation) after the reports were read, before the store.
        var importInBetween = new BeforeStoringComparison(() => AddParagraphAsync("Rain is expected on Tuesday, forecasters said.", invalidate: true));
        await using (var db = NewContext(importInBetween))
        {
            var computed = await NewProvider(db).ComputeAndStoreAsync(storyId);

            Assert.Equal(1, Assert.Single(computed.Result!.Articles).SentenceCount);
            Assert.False(computed.Stored);
        }

        await using var check = NewContext();
        Assert.Empty(await check.StoryComparisons.ToListAsync());
        Assert.Equal(2, Assert.Single((await NewProvider(check).GetAsync(storyId))!.Articles).SentenceCount);
    }

    [Fact]
    public async Task FindsStoriesWithReportsButNoComparisonNewestFirst()
    {
        var older = await SeedStoryAsync(FirstRead.AddDays(-2), ("Herald", ["The levee held."]));
        var newer = await SeedStoryAsync(FirstRead.AddDays(-1), ("Courier", ["The bridge reopened."]));
        var compared = await SeedStoryAsync(FirstRead, ("Gazette", ["The school closed."]));
        await using var db = NewContext();
        await NewProvider(db).GetAsync(compared);
        db.Stories.Add(new Story { Headline = "Empty", UpdatedUtc = FirstRead });
        await db.SaveChangesAsync();

        Assert.Equal([newer, older], await NewProvider(db).FindMissingAsync(10, []));
        Assert.Equal([newer], await NewProvider(db).FindMissingAsync(1, []));
        Assert.Equal([older], await NewProvider(db).FindMissingAsync(10, [newer]));
    }

    /// <summary>Adds a paragraph to the first article, on its own connection, as a later import of a change would.</summary>
    private async Task AddParagraphAsync(string text, bool invalidate)
    {
        await using var db = NewContext();
        var article = await db.Articles.Include(a => a.Blocks).FirstAsync();
        article.Blocks.Add(new ArticleBlock { Ordinal = article.Blocks.Count, Kind = BlockKind.Paragraph, Text = text });
        await db.SaveChangesAsync();
        if (invalidate)
        {
            await ComparisonStore.InvalidateAsync(db, [article.StoryId!.Value]);
        }
    }

    private Task<int> SeedStoryAsync(params (string Outlet, string[] Paragraphs)[] reports) => SeedStoryAsync(FirstRead.AddDays(-1), reports);

    private async Task<int> SeedStoryAsync(DateTime updatedUtc, params (string Outlet, string[] Paragraphs)[] reports)
    {
        await using var db = NewContext();
        var story = new Story { Headline = "Test story", UpdatedUtc = updatedUtc, ArticleCount = reports.Length };
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

    private sealed class ManualTime(DateTime now) : TimeProvider
    {
        public DateTime Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => new(Now);
    }

    /// <summary>Runs a change on another connection just before the comparison is written.</summary>
    private sealed class BeforeStoringComparison(Func<Task> change) : DbCommandInterceptor
    {
        public override async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (command.CommandText.Contains("INSERT INTO StoryComparisons", StringComparison.Ordinal))
            {
                await change();
            }

            return result;
        }
    }
}
