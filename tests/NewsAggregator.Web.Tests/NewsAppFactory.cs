using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace NewsAggregator.Web.Tests;

/// <summary>
/// The real app over its own SQLite file: the only thing swapped is the connection string, so
/// every test runs migrations, sample seeding and the real pages.
/// </summary>
public sealed class NewsAppFactory : WebApplicationFactory<Program>
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "news-web-tests", Guid.NewGuid().ToString("N"));

    public string DatabasePath => Path.Combine(_folder, "news.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_folder);
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:News", $"Data Source={DatabasePath}");
        builder.UseSetting("Serilog:WriteTo:1:Name", "None");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a finalising connection: the temp folder is cleaned later.
        }
    }
}
