using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsAggregator.Core.Clustering;
using NewsAggregator.Core.Search;
using NewsAggregator.Core.Storage;

namespace NewsAggregator.Benchmarks.Clustering;

/// <summary>A throwaway SQLite store set up as the app sets its store up (WAL, NORMAL sync) and fed the way the importer feeds it: save a batch, then assign it in the same transaction.</summary>
internal sealed class Store : IAsyncDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "na-cluster-" + Guid.NewGuid().ToString("N"));
    private readonly DbContextOptions<NewsDbContext> _options;

    public Store(ClusteringOptions? clustering = null)
    {
        Directory.CreateDirectory(_folder);
        _options = new DbContextOptionsBuilder<NewsDbContext>().UseSqlite($"Data Source={Path.Combine(_folder, "news.db")}")
            .AddInterceptors(new WalSyncInterceptor()).Options;
        Clustering = clustering ?? new ClusteringOptions();
    }

    public ClusteringOptions Clustering { get; }

    public StoryIndex Index { get; private set; } = new();

    public TimeSpan AssignTime { get; private set; }

    /// <summary>Writing the articles, their blocks and originals.</summary>
    public TimeSpan SaveTime { get; private set; }

    /// <summary>Writing the batch's search rows.</summary>
    public TimeSpan SearchTime { get; private set; }

    public TimeSpan CommitTime { get; private set; }

    public async Task InitialiseAsync()
    {
        await using var db = NewContext();
        // As the app's StoreInitializer does.
        await StoreCreation.MigrateAsync(db);
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
    }

    public NewsDbContext NewContext() => new(_options);

    public StoryClusterer Clusterer(NewsDbContext db) => new(db, Index, Options.Create(Clustering), TimeProvider.System);

    /// <summary>Forgets the in-memory index, as an app restart would.</summary>
    public void Restart() => Index = new StoryIndex();

    public async Task ImportAsync(IEnumerable<LoadedDoc> docs, int batchSize)
    {
        foreach (var batch in docs.Chunk(batchSize))
        {
            await using var db = NewContext();
            var now = DateTime.UtcNow;
            var articles = batch.Select(d => d.ToArticle(now)).ToList();
            await using var transaction = await db.Database.BeginTransactionAsync();
            var started = Stopwatch.GetTimestamp();
            await ArticleWriter.InsertAsync(db, articles);
            SaveTime += Stopwatch.GetElapsedTime(started);
            started = Stopwatch.GetTimestamp();
            await SearchIndexer.RefreshAsync(db, articles.Select(a => a.Id));
            SearchTime += Stopwatch.GetElapsedTime(started);
            started = Stopwatch.GetTimestamp();
            await Clusterer(db).AssignAsync(articles);
            AssignTime += Stopwatch.GetElapsedTime(started);
            started = Stopwatch.GetTimestamp();
            await transaction.CommitAsync();
            CommitTime += Stopwatch.GetElapsedTime(started);
        }
    }

    public async Task ReclusterAsync()
    {
        await using var db = NewContext();
        await Clusterer(db).ReclusterAllAsync();
    }

    /// <summary>File name without extension -> story id.</summary>
    public async Task<Dictionary<string, string?>> PredictionsAsync()
    {
        await using var db = NewContext();
        var rows = await db.Articles.AsNoTracking().Select(a => new { a.Source.FileName, a.StoryId }).ToListAsync();
        return rows.ToDictionary(r => Path.GetFileNameWithoutExtension(r.FileName), r => r.StoryId?.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// Every article's story and every story's stored summary, one line each in a stable order: two
    /// runs that cluster identically write identical files (for checking that a speed-up changed nothing).
    /// </summary>
    public async Task DumpAsync(string path)
    {
        await using var db = NewContext();
        var articles = await db.Articles.AsNoTracking().OrderBy(a => a.Id).Select(a => new { a.Id, a.Source.FileName, a.StoryId }).ToListAsync();
        var stories = await db.Stories.AsNoTracking().OrderBy(s => s.Id)
            .Select(s => new { s.Id, s.ArticleCount, s.OutletCount, s.Headline, s.KeyNames, s.KeyTerms, s.FirstPublishedUtc, s.LastPublishedUtc })
            .ToListAsync();
        await using var writer = new StreamWriter(path);
        foreach (var a in articles)
        {
            await writer.WriteLineAsync(FormattableString.Invariant($"article\t{a.Id}\t{a.FileName}\t{a.StoryId}"));
        }

        foreach (var s in stories)
        {
            await writer.WriteLineAsync(FormattableString.Invariant(
                $"story\t{s.Id}\t{s.ArticleCount}\t{s.OutletCount}\t{s.FirstPublishedUtc:O}\t{s.LastPublishedUtc:O}\t{s.Headline}\t{s.KeyNames}\t{s.KeyTerms}"));
        }
    }

    public async ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        await Task.Yield();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
