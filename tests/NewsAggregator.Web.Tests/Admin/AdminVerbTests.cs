using Microsoft.Data.Sqlite;
using NewsAggregator.Web.Cli;

namespace NewsAggregator.Web.Tests.Admin;

public sealed class AdminVerbTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "news-admin-verb-tests", Guid.NewGuid().ToString("N"));

    public AdminVerbTests() => Directory.CreateDirectory(_folder);

    [Fact]
    public async Task ReindexShowsProgressToTheEndAndKeepsTheStories()
    {
        await RunAsync(null, "import", Path.Combine(AppContext.BaseDirectory, "samples"));
        var before = await RunAsync(null, "stories", "--format", "tsv");

        var reindex = await RunAsync(null, "reindex");
        var after = await RunAsync(null, "stories", "--format", "tsv");

        Assert.Equal(0, reindex.Exit);
        Assert.Contains("re-indexed 5 articles into", reindex.Output);
        Assert.Contains("100 %", reindex.Error);
        Assert.Equal(before.Output, after.Output);
    }

    [Fact]
    public async Task ImportsByTheVerbAreRecordedAsCli()
    {
        await RunAsync(null, "import", Path.Combine(AppContext.BaseDirectory, "samples"));

        await using var connection = new SqliteConnection($"Data Source={Path.Combine(_folder, "news.db")}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM ImportRecords WHERE UserName = 'cli' AND Status = 'Imported'";
        Assert.Equal(5L, await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task CreateAdminTakesThePasswordFromStandardInput()
    {
        var created = await RunAsync("a long admin passphrase\n", "create-admin", "--email", "root@example.org", "--password-stdin");
        var reset = await RunAsync("another long passphrase\n", "create-admin", "--email", "root@example.org", "--password-stdin");
        var weak = await RunAsync("short\n", "create-admin", "--email", "weak@example.org", "--password-stdin");
        var noFlag = await RunAsync(null, "create-admin", "--email", "root@example.org");

        Assert.Equal(0, created.Exit);
        Assert.Contains("root@example.org is an admin", created.Output);
        Assert.Equal(0, reset.Exit);
        Assert.Equal(1, weak.Exit);
        Assert.Contains("at least 12 characters", weak.Error);
        Assert.Equal(2, noFlag.Exit);
        Assert.Contains("--password-stdin", noFlag.Error);
    }

    private async Task<(int Exit, string Output, string Error)> RunAsync(string? input, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var reader = new StringReader(input ?? "");
        var database = Path.Combine(_folder, "news.db");
        var exit = await Verbs.RunAsync(args, output, error, builder =>
        {
            builder.Configuration["ConnectionStrings:News"] = $"Data Source={database}";
            builder.Configuration["Serilog:WriteTo:1:Name"] = "None";
        }, reader);
        return (exit, output.ToString(), error.ToString());
    }

    public void Dispose()
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
    }
}
