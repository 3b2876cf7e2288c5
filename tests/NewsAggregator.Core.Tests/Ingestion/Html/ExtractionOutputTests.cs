using System.Text.Json;
using NewsAggregator.Core.Ingestion;
using NewsAggregator.Core.Ingestion.Html;

namespace NewsAggregator.Core.Tests.Ingestion.Html;

public sealed class ExtractionOutputTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("extract-tests-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static readonly ParsedArticle Sample = new()
    {
        Title = "Harbour bridge to close",
        Byline = "Ann Lee",
        Outlet = "The Northern Courier",
        Published = new DateTimeOffset(2024, 11, 19, 7, 30, 0, TimeSpan.Zero),
        Url = "https://courier.example/a",
        Language = "en",
        Blocks = [new(BlockKind.Paragraph, "First paragraph."), new(BlockKind.Subheading, "Next"), new(BlockKind.Paragraph, "Second paragraph.")],
    };

    [Fact]
    public void RendersTextAsBlocksSeparatedByBlankLines()
    {
        Assert.Equal("First paragraph.\n\nNext\n\nSecond paragraph.\n", ExtractionOutput.RenderText(Sample));
    }

    [Fact]
    public void RendersMetadataAsJson()
    {
        using var json = JsonDocument.Parse(ExtractionOutput.RenderJson(Sample));
        var root = json.RootElement;

        Assert.Equal("Harbour bridge to close", root.GetProperty("title").GetString());
        Assert.Equal("Ann Lee", root.GetProperty("byline").GetString());
        Assert.Equal("The Northern Courier", root.GetProperty("outlet").GetString());
        Assert.Equal("2024-11-19T07:30:00.0000000+00:00", root.GetProperty("published").GetString());
        Assert.Equal("https://courier.example/a", root.GetProperty("url").GetString());
        Assert.Equal("en", root.GetProperty("language").GetString());
        Assert.False(root.TryGetProperty("text", out _));
    }

    [Fact]
    public void FolderArgumentWritesTextAndJsonForEachPage()
    {
        var input = Directory.CreateDirectory(Path.Combine(_folder, "in")).FullName;
        File.WriteAllText(Path.Combine(input, "bridge.html"), TestPages.Page(TestPages.Article()));
        File.WriteAllText(Path.Combine(input, "again.htm"), TestPages.Page(TestPages.Article()));
        File.WriteAllText(Path.Combine(input, "notes.txt"), "not a page");
        var output = Path.Combine(_folder, "out");
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exit = ExtractionOutput.Run([input], output, ExtractionFormat.Text, stdout, stderr);

        Assert.Equal(0, exit);
        Assert.Equal(["again.json", "again.txt", "bridge.json", "bridge.txt"], Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var text = File.ReadAllText(Path.Combine(output, "bridge.txt"));
        Assert.StartsWith(TestPages.BodyParagraphs[0] + "\n\n" + TestPages.BodyParagraphs[1], text, StringComparison.Ordinal);
        Assert.Equal("", stderr.ToString());
    }

    [Fact]
    public void SingleFileGoesToStandardOutput()
    {
        var page = Path.Combine(_folder, "bridge.html");
        File.WriteAllText(page, TestPages.Page(TestPages.Article()));
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exit = ExtractionOutput.Run([page], null, ExtractionFormat.Json, stdout, stderr);

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(stdout.ToString());
        Assert.Equal("Harbour bridge to close to cars", json.RootElement.GetProperty("title").GetString());
        Assert.StartsWith(TestPages.BodyParagraphs[0], json.RootElement.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ReportsFailuresAndMissingPathsWithANonZeroExit()
    {
        var binary = Path.Combine(_folder, "photo.html");
        File.WriteAllBytes(binary, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exit = ExtractionOutput.Run([binary, Path.Combine(_folder, "missing.html")], null, ExtractionFormat.Text, stdout, stderr);

        Assert.Equal(1, exit);
        Assert.Contains("PNG", stderr.ToString(), StringComparison.Ordinal);
        Assert.Contains("no such file", stderr.ToString(), StringComparison.Ordinal);
    }
}
