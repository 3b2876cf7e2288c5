using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NewsAggregator.Core.Clustering;
using NewsAggregator.Core.Comparison;
using NewsAggregator.Core.Ingestion;
using NewsAggregator.Core.Ingestion.Html;
using NewsAggregator.Core.Ingestion.Text;
using NewsAggregator.Core.Reindexing;
using NewsAggregator.Core.Storage;

namespace NewsAggregator.Web.Hosting;

/// <summary>Service registration shared by the web server and the command-line verbs.</summary>
public static class NewsAggregatorHosting
{
    public const string ConnectionStringName = "News";

    /// <summary>Everything the store, ingestion and clustering need; no web services.</summary>
    public static IHostApplicationBuilder AddNewsAggregatorCore(this IHostApplicationBuilder builder)
    {
        builder.AddSerilogLogging();

        var connectionString = ResolveConnectionString(builder.Configuration, builder.Environment.ContentRootPath);
        // StoreInitializer switches the store to WAL, under which NORMAL sync is safe (see WalSyncInterceptor).
        var walSync = new WalSyncInterceptor();
        builder.Services.AddDbContextPool<NewsDbContext>(options => options.UseSqlite(connectionString).AddInterceptors(walSync));

        builder.Services.AddOptions<ClusteringOptions>()
            .BindConfiguration(ClusteringOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddOptions<SampleOptions>()
            .BindConfiguration(SampleOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<IArticleParser, TextArticleParser>();
        builder.Services.AddSingleton<IArticleParser, HtmlArticleParser>();
        builder.Services.AddSingleton<StoryIndex>();
        builder.Services.AddScoped<StoryClusterer>();
        builder.Services.AddScoped<ArticleImporter>();
        builder.Services.AddScoped<StoreInitializer>();
        builder.Services.AddScoped<Reindexer>();
        builder.Services.AddScoped<ArticleRemover>();
        builder.Services.AddScoped<ComparisonProvider>();
        return builder;
    }

    /// <summary>
    /// The configured connection string, with a relative SQLite file made absolute against the
    /// content root (so the database does not move with the shell's working folder) and its folder created.
    /// </summary>
    internal static string ResolveConnectionString(IConfiguration configuration, string contentRoot)
    {
        var configured = configuration.GetConnectionString(ConnectionStringName)
            ?? throw new InvalidOperationException($"ConnectionStrings:{ConnectionStringName} is not set.");
        var sqlite = new SqliteConnectionStringBuilder(configured);
        if (sqlite.DataSource is { Length: > 0 } source && source != ":memory:" && !Path.IsPathRooted(source))
        {
            sqlite.DataSource = Path.GetFullPath(Path.Combine(contentRoot, source));
        }

        if (Path.GetDirectoryName(sqlite.DataSource) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        // Readers and the importer work side by side: wait for a lock rather than fail at once.
        sqlite.DefaultTimeout = Math.Max(sqlite.DefaultTimeout, 30);
        return sqlite.ToString();
    }
}
