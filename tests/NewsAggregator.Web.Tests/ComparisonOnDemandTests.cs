using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using NewsAggregator.Web.Comparisons;

namespace NewsAggregator.Web.Tests;

/// <summary>
/// Imports (here the sample seeding at start) store no comparison: the story page computes a
/// missing one and stores it, and the background fill computes them all ahead of readers.
/// </summary>
public sealed partial class ComparisonOnDemandTests : IDisposable
{
    /// <summary>Generous: the fill is quick, but the test machine may be busy.</summary>
    private static readonly TimeSpan FillDeadline = TimeSpan.FromSeconds(90);

    private readonly NewsAppFactory _factory = new();

    [Fact]
    public async Task StoryPageComputesAMissingComparisonAndStoresIt()
    {
        using var client = _factory.WithWebHostBuilder(b => b.UseSetting("ComparisonFill:Enabled", "false")).CreateClient();
        var storyId = int.Parse(StoryLink().Match(await client.GetStringAsync("/")).Groups[1].Value);
        Assert.Equal(0, await CountAsync("SELECT count(*) FROM StoryComparisons"));

        var html = await client.GetStringAsync($"/stories/{storyId}");

        Assert.Contains("How the reports differ", html);
        Assert.DoesNotContain("not been computed yet", html);
        Assert.Equal(1, await CountAsync($"SELECT count(*) FROM StoryComparisons WHERE StoryId = {storyId}"));
    }

    [Fact]
    public async Task BackgroundFillComputesEveryMissingComparisonAndAgainWhenAsked()
    {
        // No periodic scan within the test: only the start and the request can fill.
        using var app = _factory.WithWebHostBuilder(b => b.UseSetting("ComparisonFill:ScanSeconds", "3600"));
        using var client = app.CreateClient();
        await client.GetStringAsync("/");

        Assert.True(await AllComparedAsync(), "the fill at start left stories without a comparison");

        await CountAsync("DELETE FROM StoryComparisons");
        Assert.False(await AllComparedAsync(TimeSpan.Zero));
        app.Services.GetRequiredService<ComparisonFillSignal>().Request();

        Assert.True(await AllComparedAsync(), "the fill on request left stories without a comparison");
    }

    /// <summary>Waits, up to the deadline, for every story with reports to have a stored comparison.</summary>
    private async Task<bool> AllComparedAsync(TimeSpan? wait = null)
    {
        var deadline = DateTime.UtcNow + (wait ?? FillDeadline);
        do
        {
            if (await CountAsync("SELECT count(*) FROM Stories s WHERE s.ArticleCount > 0 AND NOT EXISTS (SELECT 1 FROM StoryComparisons c WHERE c.StoryId = s.Id)") == 0)
            {
                return true;
            }

            await Task.Delay(100);
        }
        while (DateTime.UtcNow < deadline);

        return false;
    }

    private async Task<long> CountAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={_factory.DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync() ?? 0L, System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Dispose() => _factory.Dispose();

    [GeneratedRegex("""href="/stories/(\d+)""")]
    private static partial Regex StoryLink();
}
