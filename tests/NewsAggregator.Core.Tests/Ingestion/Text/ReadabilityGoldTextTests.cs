using System.Text.RegularExpressions;
using NewsAggregator.Core.Ingestion.Text;
using Xunit.Abstractions;

namespace NewsAggregator.Core.Tests.Ingestion.Text;

/// <summary>Runs only when READABILITY_GOLD names the dev-data folder of extracted page texts.</summary>
public sealed class ReadabilityGoldFactAttribute : FactAttribute
{
    public ReadabilityGoldFactAttribute()
    {
        if (!Directory.Exists(Environment.GetEnvironmentVariable(ReadabilityGoldTextTests.Variable)))
        {
            Skip = $"set {ReadabilityGoldTextTests.Variable} to the readability-pages/gold folder to run";
        }
    }
}

/// <summary>
/// The Readability gold texts are article text already stripped of page furniture, so the
/// furniture rules must leave nearly all of it in place: a check against over-eager removal.
/// </summary>
public partial class ReadabilityGoldTextTests(ITestOutputHelper output)
{
    public const string Variable = "READABILITY_GOLD";
    private const double MinKeptShare = 0.97;

    [ReadabilityGoldFact]
    public void KeepsNearlyAllTheTextOfCleanArticles()
    {
        var parser = new TextArticleParser();
        long words = 0, kept = 0;
        var rejected = new List<string>();
        foreach (var path in Directory.GetFiles(Environment.GetEnvironmentVariable(Variable)!, "*.txt").Order(StringComparer.Ordinal))
        {
            var result = parser.Parse(File.ReadAllBytes(path), Path.GetFileName(path));
            var source = Word().Count(File.ReadAllText(path));
            words += source;
            if (!result.Succeeded)
            {
                rejected.Add($"{Path.GetFileName(path)}: {result.Error}");
                continue;
            }

            var article = result.Article!;
            string[] texts = [article.TitleDerived ? "" : article.Title, article.Deck ?? "", article.Byline ?? "", .. article.Blocks.Select(b => b.Text), .. article.Contributors];
            kept += Math.Min(source, texts.Sum(t => Word().Count(t)));
        }

        output.WriteLine($"words kept {kept}/{words} = {100.0 * kept / words:F1}%; rejected {rejected.Count}");
        Assert.Empty(rejected);
        Assert.True(kept >= words * MinKeptShare, $"kept only {kept} of {words} words");
    }

    [GeneratedRegex(@"\w+")]
    private static partial Regex Word();
}
