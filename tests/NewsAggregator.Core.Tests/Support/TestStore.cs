using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsAggregator.Core.Clustering;
using NewsAggregator.Core.Ingestion;
using NewsAggregator.Core.Ingestion.Html;
using NewsAggregator.Core.Ingestion.Text;
using NewsAggregator.Core.Storage;

namespace NewsAggregator.Core.Tests.Support;

/// <summary>A migrated SQLite file in a temp folder, deleted afterwards.</summary>
public sealed class TestStore : IAsyncDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "news-core-tests", Guid.NewGuid().ToString("N"));

    private TestStore() => Directory.CreateDirectory(_folder);

    public string ConnectionString => $"Data Source={Path.Combine(_folder, "news.db")}";

    /// <summary>A new store, created as the app creates one.</summary>
    public static async Task<TestStore> CreateAsync()
    {
        var store = new TestStore();
        await using var db = store.NewContext();
        await StoreCreation.MigrateAsync(db);
        return store;
    }

    /// <summary>
    /// A store as an older release left it: migrated only up to <paramref name="migration"/>, then
    /// filled by <paramref name="sql"/> (SQL, because the entity classes describe today's schema).
    /// </summary>
    public static async Task<TestStore> CreateAtAsync(string migration, string sql)
    {
        var store = new TestStore();
        await using var db = store.NewContext();
        await db.GetService<IMigrator>().MigrateAsync(migration);
        await db.Database.ExecuteSqlRawAsync(sql);
        return store;
    }

    public NewsDbContext NewContext() =>
        new(new DbContextOptionsBuilder<NewsDbContext>().UseSqlite(ConnectionString).Options);

    /// <summary>An importer as the app builds it: real parsers, real clusterer, its own context.</summary>
    /// <summary>An importer on the context; give <paramref name="index"/> to share one story index between importers, as the app does.</summary>
    public static ArticleImporter NewImporter(NewsDbContext db, ClusteringOptions? clustering = null, StoryIndex? index = null) =>
        new(db, [new TextArticleParser(), new HtmlArticleParser()],
            new StoryClusterer(db, index ?? new StoryIndex(), Options.Create(clustering ?? new ClusteringOptions()), TimeProvider.System),
            TimeProvider.System, NullLogger<ArticleImporter>.Instance);

    public static string SamplesFolder => Path.Combine(AppContext.BaseDirectory, "samples");

    public static IReadOnlyList<ImportFile> Samples() =>
        [.. Directory.EnumerateFiles(SamplesFolder).Order(StringComparer.Ordinal)
            .Select(p => new ImportFile(Path.GetFileName(p), File.ReadAllBytes(p)))];

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the temp folder's own clean-up.
        }

        return ValueTask.CompletedTask;
    }
}
