using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsAggregator.Core.Clustering;
using NewsAggregator.Core.Comparison;
using NewsAggregator.Core.Ingestion;
using NewsAggregator.Core.Ingestion.Text;
using NewsAggregator.Core.Reindexing;
using NewsAggregator.Core.Storage;
using NewsAggregator.Core.Tests.Support;

namespace NewsAggregator.Core.Tests.Reindexing;

public class ReindexerTests
{
    [Fact]
    public async Task ReindexOfUnchangedDataKeepsEveryStoryId()
    {
        await using var store = await SeededStoreAsync();
        var before = await SnapshotAsync(store);

        await using var db = store.NewContext();
        var result = await NewReindexer(db, new TextArticleParser()).RunAsync();

        var after = await SnapshotAsync(store);
        Assert.Equal(5, result.Articles);
        Assert.Equal(before.StoryOf, after.StoryOf);
        Assert.Equal(before.Stories, after.Stories);
        Assert.Equal(result.Stories, result.StoryIdsKept);
    }

    [Fact]
    public async Task ReindexMarksEveryComparisonStale()
    {
        await using var store = await SeededStoreAsync();
        await using (var db = store.NewContext())
        {
            var comparisons = new ComparisonProvider(db, TimeProvider.System, NullLogger<ComparisonProvider>.Instance);
            foreach (var storyId in await db.Stories.Select(s => s.Id).ToListAsync())
            {
                await comparisons.GetAsync(storyId);
            }

            Assert.NotEmpty(await db.StoryComparisons.ToListAsync());
        }

        await using (var db = store.NewContext())
        {
            await NewReindexer(db, new TextArticleParser()).RunAsync();
        }

        await using var check = store.NewContext();
        Assert.Empty(await check.StoryComparisons.ToListAsync());
    }

    [Fact]
    public async Task AParserThatThrowsMidwayLeavesEveryOldStoryAndArticleAndASecondRunCompletes()
    {
        await using var store = await SeededStoreAsync();
        var before = await SnapshotAsync(store);

        await using (var db = store.NewContext())
        {
            var failing = new AlteringParser(throwOnCall: 3);
            await Assert.ThrowsAsync<InvalidOperationException>(() => NewReindexer(db, failing).RunAsync());
        }

        Assert.Equal(before, await SnapshotAsync(store));

        await using (var db = store.NewContext())
        {
            var result = await NewReindexer(db, new AlteringParser(throwOnCall: null)).RunAsync();
            Assert.Equal(5, result.Articles);
        }

        await using var check = store.NewContext();
        Assert.All(await check.Articles.Select(a => a.Title).ToListAsync(), t => Assert.StartsWith(AlteringParser.Mark, t));
        Assert.Equal(5, await check.Articles.CountAsync(a => a.StoryId != null));
    }

    [Fact]
    public async Task ReadersSeeTheOldStoriesUntilTheCommitAndACancelThereKeepsThem()
    {
        await using var store = await SeededStoreAsync();
        var before = await SnapshotAsync(store);
        using var cancel = new CancellationTokenSource();
        Snapshot? seenByReader = null;
        var progress = new SyncProgress(p =>
        {
            if (p.Phase == ReindexPhase.Committing && seenByReader is null)
            {
                // Everything is written but not committed: a reader on its own connection sees the old state.
                seenByReader = SnapshotAsync(store).GetAwaiter().GetResult();
                cancel.Cancel();
            }
        });

        await using (var db = store.NewContext())
        {
            await Assert.ThrowsAnyAsync<OperationCanceledException>(
                () => NewReindexer(db, new AlteringParser(throwOnCall: null)).RunAsync(progress, cancel.Token));
        }

        Assert.Equal(before, seenByReader);
        Assert.Equal(before, await SnapshotAsync(store));
    }

    [Fact]
    public async Task AnOriginalTheCurrentParserRefusesKeepsItsArticleAndIsReported()
    {
        await using var store = await SeededStoreAsync();
        var before = await SnapshotAsync(store);

        await using var db = store.NewContext();
        var result = await NewReindexer(db, new RefusingParser()).RunAsync();

        Assert.Equal(5, result.Refused.Count);
        Assert.All(result.Refused, r => Assert.Contains("refused for the test", r));
        var after = await SnapshotAsync(store);
        Assert.Equal(before.Titles, after.Titles);
        Assert.Equal(before.Blocks, after.Blocks);
    }

    [Fact]
    public async Task ProgressCountsEveryArticleAndEndsCompleted()
    {
        await using var store = await SeededStoreAsync();
        var reports = new List<ReindexProgress>();

        await using var db = store.NewContext();
        await NewReindexer(db, new TextArticleParser()).RunAsync(new SyncProgress(reports.Add));

        Assert.Equal(Enumerable.Range(0, 6), reports.Where(r => r.Phase == ReindexPhase.Parsing).Select(r => r.Done));
        Assert.All(reports, r => Assert.Equal(5, r.Total));
        Assert.Equal(ReindexPhase.Completed, reports[^1].Phase);
        Assert.Equal(100, reports[^1].Percent);
    }

    private static async Task<TestStore> SeededStoreAsync()
    {
        var store = await TestStore.CreateAsync();
        await using var db = store.NewContext();
        var outcomes = await TestStore.NewImporter(db).ImportAsync(TestStore.Samples());
        Assert.All(outcomes, o => Assert.Equal(ImportStatus.Imported, o.Status));
        return store;
    }

    private static Reindexer NewReindexer(NewsDbContext db, IArticleParser parser) =>
        new(db, [parser], new StoryClusterer(db, new StoryIndex(), Options.Create(new ClusteringOptions()), TimeProvider.System),
            TimeProvider.System, NullLogger<Reindexer>.Instance);

    private sealed record Snapshot(string StoryOf, string Stories, string Titles, int Blocks);

    /// <summary>Every article's story, every story's headline and every title, as comparable text.</summary>
    private static async Task<Snapshot> SnapshotAsync(TestStore store)
    {
        await using var db = store.NewContext();
        var articles = await db.Articles.AsNoTracking().OrderBy(a => a.Id).ToListAsync();
        var stories = await db.Stories.AsNoTracking().OrderBy(s => s.Id).Select(s => $"{s.Id}={s.Headline}|{s.ArticleCount}").ToListAsync();
        return new Snapshot(
            string.Join(";", articles.Select(a => $"{a.Id}:{a.StoryId}")),
            string.Join(";", stories),
            string.Join(";", articles.Select(a => a.Title)),
            await db.ArticleBlocks.CountAsync());
    }

    /// <summary>The real text parser with a visible mark on each title; throws on the Nth file when asked.</summary>
    private sealed class AlteringParser(int? throwOnCall) : IArticleParser
    {
        public const string Mark = "[re-parsed] ";
        private readonly TextArticleParser _inner = new();
        private int _calls;

        public IReadOnlyCollection<string> Extensions => _inner.Extensions;

        public ParseResult Parse(ReadOnlySpan<byte> content, string fileName)
        {
            if (++_calls == throwOnCall)
            {
                throw new InvalidOperationException("injected parser failure");
            }

            var result = _inner.Parse(content, fileName);
            return result.Succeeded ? ParseResult.Success(result.Article! with { Title = Mark + result.Article!.Title }) : result;
        }
    }

    private sealed class RefusingParser : IArticleParser
    {
        public IReadOnlyCollection<string> Extensions { get; } = [".txt"];

        public ParseResult Parse(ReadOnlySpan<byte> content, string fileName) => ParseResult.Failure("refused for the test");
    }

    private sealed class SyncProgress(Action<ReindexProgress> report) : IProgress<ReindexProgress>
    {
        public void Report(ReindexProgress value) => report(value);
    }
}
