using Microsoft.EntityFrameworkCore;
using NewsAggregator.Core.Clustering;
using NewsAggregator.Core.Ingestion;
using NewsAggregator.Core.Storage;
using NewsAggregator.Core.Tests.Support;

namespace NewsAggregator.Core.Tests.Clustering;

/// <summary>A short article as the tests write it: a name, a title and paragraphs.</summary>
public sealed record TestDoc(string Name, string Title, string[] Paragraphs, DateTime? Published = null)
{
    /// <summary>Reads a text file simply: first non-empty line the title, the rest paragraphs.</summary>
    public static TestDoc Read(string path)
    {
        var lines = File.ReadAllLines(path).Select(l => l.Trim()).Where(l => l.Length > 0).ToArray();
        return new TestDoc(Path.GetFileNameWithoutExtension(path), lines[0], lines[1..]);
    }

    public Article ToArticle()
    {
        var content = System.Text.Encoding.UTF8.GetBytes(Name + Title + string.Join("\n", Paragraphs));
        return new Article
        {
            Title = Title,
            PublishedUtc = Published,
            Blocks = [.. Paragraphs.Select((p, i) => new ArticleBlock { Ordinal = i, Kind = BlockKind.Paragraph, Text = p })],
            Source = new SourceFile
            {
                FileName = Name + ".txt",
                Content = content,
                Length = content.Length,
                Sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content)),
            },
        };
    }
}

/// <summary>
/// The shared migrated SQLite test store, fed the way the importer feeds the clusterer (straight to
/// the clusterer, so tests control batches and the index's lifetime).
/// </summary>
public sealed class ClusterTestStore : IAsyncDisposable
{
    private readonly TestStore _store;

    private ClusterTestStore(TestStore store, ClusteringOptions options) => (_store, Options) = (store, options);

    public ClusteringOptions Options { get; }

    /// <summary>The singleton the app would keep; replace it to simulate a restart.</summary>
    public StoryIndex Index { get; set; } = new();

    public static async Task<ClusterTestStore> CreateAsync(ClusteringOptions? options = null) =>
        new(await TestStore.CreateAsync(), options ?? new ClusteringOptions());

    public NewsDbContext NewContext() => _store.NewContext();

    public StoryClusterer Clusterer(NewsDbContext db) => new(db, Index, Microsoft.Extensions.Options.Options.Create(Options), TimeProvider.System);

    public async Task ImportAsync(IEnumerable<TestDoc> docs, int batchSize = 300)
    {
        foreach (var batch in docs.Chunk(batchSize))
        {
            await using var db = NewContext();
            var articles = batch.Select(d => d.ToArticle()).ToList();
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.Articles.AddRange(articles);
            await db.SaveChangesAsync();
            await Clusterer(db).AssignAsync(articles);
            await transaction.CommitAsync();
        }
    }

    public async Task ReclusterAsync()
    {
        await using var db = NewContext();
        await Clusterer(db).ReclusterAllAsync();
    }

    /// <summary>Article name -> story id.</summary>
    public async Task<Dictionary<string, string?>> PredictionsAsync()
    {
        await using var db = NewContext();
        var rows = await db.Articles.AsNoTracking().Select(a => new { a.Source.FileName, a.StoryId }).ToListAsync();
        return rows.ToDictionary(r => Path.GetFileNameWithoutExtension(r.FileName), r => r.StoryId?.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>The grouping as sets of names, independent of story ids.</summary>
    public async Task<HashSet<string>> PartitionAsync() => Partition(await PredictionsAsync());

    public static HashSet<string> Partition(IReadOnlyDictionary<string, string?> predictions) =>
        [.. predictions.GroupBy(p => p.Value ?? "single:" + p.Key).Select(g => string.Join(",", g.Select(p => p.Key).Order(StringComparer.Ordinal)))];

    public async Task<List<Story>> StoriesAsync()
    {
        await using var db = NewContext();
        return await db.Stories.AsNoTracking().Include(s => s.Articles).OrderBy(s => s.Id).ToListAsync();
    }

    public ValueTask DisposeAsync() => _store.DisposeAsync();
}
