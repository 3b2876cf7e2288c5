using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsAggregator.Core.Clustering;
using NewsAggregator.Core.Ingestion;
using NewsAggregator.Core.Ingestion.Text;
using NewsAggregator.Core.Reindexing;
using NewsAggregator.Core.Search;
using NewsAggregator.Core.Storage;
using NewsAggregator.Core.Tests.Support;

namespace NewsAggregator.Core.Tests.Search;

public class SearchIndexerTests
{
    private const string Marker = "zanzibarite";

    /// <summary>One article with one block, written as SQL into a store an older release left (the entity classes describe today's schema).</summary>
    private const string OldArticle =
        """
        INSERT INTO SourceFiles (Sha256, FileName, Length, Content, ReceivedUtc) VALUES (printf('%.64c', 'a'), 'old.txt', 1, x'01', '2026-01-01 00:00:00');
        INSERT INTO Articles (SourceFileId, Title, TitleDerived, ParsedUtc) VALUES (last_insert_rowid(), 'Harbour report', 0, '2026-01-01 00:00:00');
        INSERT INTO ArticleBlocks (ArticleId, Ordinal, Kind, Text) VALUES (last_insert_rowid(), 0, 'Paragraph', 'Dredging in Gdansk.');

        """;

    /// <summary><see cref="OldArticle"/> with the search row the import wrote for it, once the import wrote rows itself.</summary>
    private const string OldArticleWithSearchRow =
        OldArticle + "INSERT INTO ArticleSearch (rowid, Title, Body) SELECT Id, Title, 'Dredging in Gdansk.' FROM Articles;";

    /// <summary>A later import into an upgraded store: its row must be indexed beside the old one.</summary>
    private static readonly ImportFile PortReport = new("new.txt", "---\ntitle: Port report\n---\nDredging in Gdynia.\n"u8.ToArray());

    [Fact]
    public async Task ImportWritesOneRowPerArticleWithTheTitleAndTheBlocksInOrder()
    {
        await using var store = await TestStore.CreateAsync();
        await using var db = store.NewContext();
        await TestStore.NewImporter(db).ImportAsync(TestStore.Samples());

        var articles = await db.Articles.AsNoTracking().Include(a => a.Blocks).OrderBy(a => a.Id).ToListAsync();
        var rows = await db.Database.SqlQueryRaw<SearchRow>("SELECT rowid AS Id, Title, Body FROM ArticleSearch ORDER BY rowid").ToListAsync();

        Assert.Equal(articles.Select(a => a.Id), rows.Select(r => r.Id));
        Assert.All(articles.Zip(rows), pair =>
        {
            Assert.Equal(pair.First.Title, pair.Second.Title);
            Assert.Equal(string.Join('\n', pair.First.Blocks.OrderBy(b => b.Ordinal).Select(b => b.Text)), pair.Second.Body);
        });
    }

    [Fact]
    public async Task ReindexRefreshesTheRowsOfReplacedBlocks()
    {
        await using var store = await TestStore.CreateAsync();
        await using (var db = store.NewContext())
        {
            await TestStore.NewImporter(db).ImportAsync(TestStore.Samples());
        }

        await using (var db = store.NewContext())
        {
            var clusterer = new StoryClusterer(db, new StoryIndex(), Options.Create(new ClusteringOptions()), TimeProvider.System);
            await new Reindexer(db, [new MarkingParser()], clusterer, TimeProvider.System, NullLogger<Reindexer>.Instance).RunAsync();
        }

        await using var check = store.NewContext();
        var results = await new ArticleSearch(check).SearchAsync(Marker);
        Assert.Equal(await check.Articles.CountAsync(), results.Total);
    }

    [Fact]
    public async Task RemovedArticleLeavesNoRow()
    {
        await using var store = await TestStore.CreateAsync();
        await using var db = store.NewContext();
        var outcome = await TestStore.NewImporter(db).ImportAsync(new ImportFile("a.txt", "---\ntitle: Dredging report\n---\nHarbour dredging in Gdansk starts.\n"u8.ToArray()));

        await new ArticleRemover(db, TimeProvider.System).RemoveAsync(outcome.ArticleId!.Value);

        Assert.Equal(0, (await new ArticleSearch(db).SearchAsync("Gdansk")).Total);
        Assert.Equal(0, await db.Database.SqlQueryRaw<int>("SELECT count(*) AS Value FROM ArticleSearch").SingleAsync());
    }

    [Fact]
    public async Task UpgradeKeepsRowsTheTriggersWroteAndIndexesLaterImports()
    {
        // The store as the previous release left it: search rows kept by per-block triggers.
        await using var store = await TestStore.CreateAtAsync(
            "20261101000100_SearchIndex",
            OldArticle);

        await using var db = store.NewContext();
        await db.Database.MigrateAsync();
        await TestStore.NewImporter(db).ImportAsync(PortReport);

        var triggers = await db.Database.SqlQueryRaw<string>("SELECT name AS Value FROM sqlite_master WHERE type = 'trigger' ORDER BY name").ToListAsync();
        var search = new ArticleSearch(db);
        Assert.Equal(["ArticleSearch_ArticleDelete", "ArticleSearch_ArticleUpdate"], triggers);
        Assert.Equal(1, (await search.SearchAsync("Gdansk")).Total);
        Assert.Equal(1, (await search.SearchAsync("Gdynia")).Total);
        Assert.Equal(2, (await search.SearchAsync("dredging")).Total);
    }

    [Fact]
    public async Task ImportedRowsAreTheRowsARefreshBuildsFromTheStore()
    {
        await using var store = await TestStore.CreateAsync();
        await using var db = store.NewContext();
        await TestStore.NewImporter(db).ImportAsync(TestStore.Samples());

        // No parser makes an article without blocks, but other writers may: its row has no body.
        var blockless = new Article
        {
            Title = "Harbour report",
            ParsedUtc = DateTime.UtcNow,
            Source = new SourceFile { Sha256 = new string('a', 64), FileName = "x.txt", Length = 1, Content = [1], ReceivedUtc = DateTime.UtcNow },
        };
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await ArticleWriter.InsertAsync(db, [blockless]);
            await SearchIndexer.AddAsync(db, [blockless]);
            await transaction.CommitAsync();
        }

        var added = await RowsAsync(db);
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await SearchIndexer.RefreshAsync(db, added.Select(r => r.Id));
            await transaction.CommitAsync();
        }

        Assert.Equal(6, added.Count);
        Assert.Null(added.Single(r => r.Id == blockless.Id).Body);
        Assert.Equal(added, await RowsAsync(db));
    }

    [Fact]
    public async Task UpgradeToTheLeanerIndexKeepsEveryRowAndPrefixSearch()
    {
        // A store as the release before the leaner index left it, with a search row the import wrote.
        await using var store = await TestStore.CreateAtAsync(
            "20261101000300_ArticleClusterSeed",
            OldArticleWithSearchRow);

        await using var db = store.NewContext();
        await db.Database.MigrateAsync();
        await TestStore.NewImporter(db).ImportAsync(PortReport);

        var search = new ArticleSearch(db);
        Assert.Equal(2, (await RowsAsync(db)).Count);
        Assert.Equal(1, (await search.SearchAsync("Gdansk")).Total);
        Assert.Equal(2, (await search.SearchAsync("Gdy OR Gda")).Total);
        Assert.Equal(2, (await search.SearchAsync("\"dredging in\"")).Total);
        Assert.Equal([Core.Storage.Migrations.SearchIndexLeaner.PendingEntryBytes], await SettingAsync(db, "hashsize"));
    }

    [Fact]
    public async Task UpgradedStoreMergesWiderAndKeepsItsRowsAndSearch()
    {
        // A store as the release before wider merges left it, with a search row the import wrote.
        await using var store = await TestStore.CreateAtAsync(
            "20261101000400_SearchIndexLeaner",
            OldArticleWithSearchRow);
        await using var db = store.NewContext();
        Assert.Empty(await SettingAsync(db, "automerge"));

        await db.Database.MigrateAsync();
        await TestStore.NewImporter(db).ImportAsync(PortReport);

        var search = new ArticleSearch(db);
        Assert.Equal([Core.Storage.Migrations.SearchIndexWiderMerges.SegmentsPerMerge], await SettingAsync(db, "automerge"));
        Assert.Equal(2, (await RowsAsync(db)).Count);
        Assert.Equal(1, (await search.SearchAsync("Gdansk")).Total);
        Assert.Equal(2, (await search.SearchAsync("dredging")).Total);
    }

    [Fact]
    public async Task NewStoreMergesWider()
    {
        await using var store = await TestStore.CreateAsync();
        await using var db = store.NewContext();

        Assert.Equal([Core.Storage.Migrations.SearchIndexWiderMerges.SegmentsPerMerge], await SettingAsync(db, "automerge"));
    }

    private static Task<List<int>> SettingAsync(NewsDbContext db, string name) =>
        db.Database.SqlQueryRaw<int>("SELECT v AS Value FROM ArticleSearch_config WHERE k = {0}", name).ToListAsync();

    private static Task<List<SearchRow>> RowsAsync(NewsDbContext db) =>
        db.Database.SqlQueryRaw<SearchRow>("SELECT rowid AS Id, Title, Body FROM ArticleSearch ORDER BY rowid").ToListAsync();

    private sealed record SearchRow(int Id, string Title, string? Body);

    /// <summary>The real text parser with one more paragraph, so a re-index changes every article's blocks.</summary>
    private sealed class MarkingParser : IArticleParser
    {
        private readonly TextArticleParser _inner = new();

        public IReadOnlyCollection<string> Extensions => _inner.Extensions;

        public ParseResult Parse(ReadOnlySpan<byte> content, string fileName)
        {
            var result = _inner.Parse(content, fileName);
            return result.Succeeded
                ? ParseResult.Success(result.Article! with { Blocks = [.. result.Article!.Blocks, new ContentBlock(BlockKind.Paragraph, $"A {Marker} paragraph.")] })
                : result;
        }
    }
}
