using Microsoft.Data.Sqlite;
using NewsAggregator.Web.Cli;

namespace NewsAggregator.Web.Tests;

public sealed class VerbTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "news-verb-tests", Guid.NewGuid().ToString("N"));
    private readonly string _samples = Path.Combine(AppContext.BaseDirectory, "samples");

    public VerbTests() => Directory.CreateDirectory(_folder);

    [Fact]
    public async Task ImportPutsTheSamplesIntoOneStoryAndASecondRunFindsDuplicates()
    {
        var first = await RunAsync("import", _samples);
        var second = await RunAsync("import", _samples);
        var tsv = await RunAsync("stories", "--format", "tsv");

        Assert.Equal(0, first.Exit);
        Assert.Equal(5, first.Lines.Count(l => l.StartsWith("imported ", StringComparison.Ordinal)));
        Assert.Single(first.Lines.Where(l => l.StartsWith("imported ", StringComparison.Ordinal)).Select(l => l.Split(" -> story ")[1]).Distinct());
        Assert.Equal("5 imported, 0 duplicate, 0 rejected", first.Lines[^1]);

        Assert.Equal(5, second.Lines.Count(l => l.StartsWith("duplicate ", StringComparison.Ordinal)));
        Assert.Equal("0 imported, 5 duplicate, 0 rejected", second.Lines[^1]);

        Assert.Equal(5, tsv.Lines.Length);
        Assert.Single(tsv.Lines.Select(l => l.Split('\t')[1]).Distinct());
        Assert.Contains("000_52553ab48129d306\t", tsv.Lines[0]);
    }

    [Fact]
    public async Task ImportInSmallBatchesGivesTheSameStoriesAndFindsCopiesAcrossBatches()
    {
        var input = Path.Combine(_folder, "batches");
        Directory.CreateDirectory(input);
        foreach (var file in Directory.GetFiles(_samples))
        {
            File.Copy(file, Path.Combine(input, Path.GetFileName(file)));
        }

        // Sorted last, so it lands in a later batch than the file it copies.
        File.Copy(Directory.GetFiles(_samples).Order(StringComparer.Ordinal).First(), Path.Combine(input, "zz-copy.txt"));

        var result = await RunAsync("import", input, "--batch-size", "2");

        Assert.Equal(0, result.Exit);
        Assert.Equal("5 imported, 1 duplicate, 0 rejected", result.Lines[^1]);
        Assert.Contains(result.Lines, l => l.StartsWith("duplicate zz-copy.txt of article ", StringComparison.Ordinal));
        Assert.Single(result.Lines.Where(l => l.StartsWith("imported ", StringComparison.Ordinal)).Select(l => l.Split(" -> story ")[1]).Distinct());
    }

    [Fact]
    public async Task ImportRefusesABatchSizeBelowOne()
    {
        var result = await RunAsync("import", _samples, "--batch-size", "0");

        Assert.NotEqual(0, result.Exit);
        Assert.Contains("--batch-size must be at least 1", result.Error);
    }

    [Fact]
    public async Task ImportReportsBadFilesAndKeepsGoing()
    {
        var bad = Path.Combine(_folder, "in");
        Directory.CreateDirectory(bad);
        await File.WriteAllBytesAsync(Path.Combine(bad, "binary.txt"), [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0xFF]);
        await File.WriteAllTextAsync(Path.Combine(bad, "notes.pdf"), "not an article");
        File.Copy(Path.Combine(_samples, "000_52553ab48129d306.txt"), Path.Combine(bad, "good.txt"));

        var result = await RunAsync("import", bad, Path.Combine(_folder, "missing"));

        Assert.Equal(0, result.Exit);
        Assert.Contains(result.Lines, l => l.StartsWith("rejected binary.txt: ", StringComparison.Ordinal));
        Assert.Contains(result.Lines, l => l.StartsWith("rejected notes.pdf: unsupported file type '.pdf'", StringComparison.Ordinal));
        Assert.Contains(result.Lines, l => l.EndsWith("missing: no such file or folder", StringComparison.Ordinal));
        Assert.Contains(result.Lines, l => l.StartsWith("imported good.txt -> story ", StringComparison.Ordinal));
        Assert.Equal("1 imported, 0 duplicate, 3 rejected", result.Lines[^1]);
    }

    [Fact]
    public async Task StoriesAsJsonListsHeadlineCountAndArticles()
    {
        await RunAsync("import", _samples);

        var json = await RunAsync("stories", "--format", "json");

        using var doc = System.Text.Json.JsonDocument.Parse(string.Join('\n', json.Lines));
        var story = Assert.Single(doc.RootElement.EnumerateArray());
        Assert.Equal(5, story.GetProperty("articleCount").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(story.GetProperty("headline").GetString()));
        Assert.Equal(5, story.GetProperty("articles").GetArrayLength());
    }

    [Fact]
    public async Task AnUnknownFormatIsAClearErrorNotACrash()
    {
        var result = await RunAsync("stories", "--format", "xml");

        Assert.NotEqual(0, result.Exit);
        Assert.Contains("xml", result.Error);
    }

    private async Task<(int Exit, string[] Lines, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var database = Path.Combine(_folder, "news.db");
        var exit = await Verbs.RunAsync(args, output, error, builder =>
        {
            builder.Configuration["ConnectionStrings:News"] = $"Data Source={database}";
            builder.Configuration["Serilog:WriteTo:1:Name"] = "None";
        });
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
        return (exit, lines, error.ToString());
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
