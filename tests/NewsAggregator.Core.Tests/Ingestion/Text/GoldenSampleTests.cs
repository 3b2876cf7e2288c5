using System.Runtime.CompilerServices;
using NewsAggregator.Core.Ingestion;
using NewsAggregator.Core.Ingestion.Text;

namespace NewsAggregator.Core.Tests.Ingestion.Text;

/// <summary>
/// Parses each shipped sample report and compares the result with its reviewed expected file in
/// Golden/text. Run with UPDATE_GOLDEN=1 to rewrite the expected files in the source tree; then
/// read the diff before committing: the files must be right, not merely what the code produced.
/// </summary>
public class GoldenSampleTests
{
    private static readonly string SamplesFolder = Path.Combine(AppContext.BaseDirectory, "samples");
    private static readonly string GoldenFolder = Path.Combine(AppContext.BaseDirectory, "Golden", "text");

    /// <summary>Wording of site furniture and credits found in the samples; none may reach the article.</summary>
    private static readonly string[] FurniturePhrases =
    [
        "Leave a Reply", "Check Also", "About J. Williams", "Exit mobile version", "on Google News",
        "Submit press release", "uses cookies", "Accept Read More", "Site icon", "Kristen Clarke",
        "DOJ Report Reveals", "A damning report", "contributed to this report", "reported from Washington",
    ];

    public static TheoryData<string> Samples() => [.. SampleNames()];

    [Theory]
    [MemberData(nameof(Samples))]
    public void SampleParsesAsReviewed(string sample)
    {
        var actual = GoldenSummary.Format(ParseSample(sample));
        var expectedPath = Path.Combine(GoldenFolder, sample + ".expected.txt");
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(Path.Combine(SourceGoldenFolder(), sample + ".expected.txt"), actual);
            return;
        }

        Assert.True(File.Exists(expectedPath), $"no expected file for {sample}; run the tests with UPDATE_GOLDEN=1 and review it");
        Assert.Equal(File.ReadAllText(expectedPath).ReplaceLineEndings("\n"), actual.ReplaceLineEndings("\n"));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void NoFurnitureSurvivesInSample(string sample)
    {
        var article = ParseSample(sample).Article!;
        string[] texts = [article.Title, article.Deck ?? "", article.Byline ?? "", .. article.Blocks.Select(b => b.Text)];
        foreach (var phrase in FurniturePhrases)
        {
            Assert.DoesNotContain(texts, t => t.Contains(phrase, StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public void EverySampleHasAnExpectedFile()
    {
        var samples = SampleNames();
        Assert.Equal(5, samples.Count);
        Assert.All(samples, s => Assert.True(File.Exists(Path.Combine(GoldenFolder, s + ".expected.txt")), s));
    }

    private static List<string> SampleNames() =>
        [.. Directory.GetFiles(SamplesFolder, "*.txt").Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal)];

    private static ParseResult ParseSample(string sample) =>
        new TextArticleParser().Parse(File.ReadAllBytes(Path.Combine(SamplesFolder, sample + ".txt")), sample + ".txt");

    private static string SourceGoldenFolder([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", "Golden", "text"));
}
