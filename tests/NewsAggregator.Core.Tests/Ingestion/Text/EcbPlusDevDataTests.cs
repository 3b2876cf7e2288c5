using NewsAggregator.Core.Ingestion.Text;
using Xunit.Abstractions;

namespace NewsAggregator.Core.Tests.Ingestion.Text;

/// <summary>Runs only when ECBPLUS_DOCS names the dev-data folder of ECB+ documents (never copied into the repo).</summary>
public sealed class EcbPlusDocsFactAttribute : FactAttribute
{
    public EcbPlusDocsFactAttribute()
    {
        if (!Directory.Exists(Environment.GetEnvironmentVariable(EcbPlusDevDataTests.Variable)))
        {
            Skip = $"set {EcbPlusDevDataTests.Variable} to the ecbplus-dev/docs folder to run";
        }
    }
}

/// <summary>
/// The ECB+ dev documents put the title (or, for the older half, the lead sentence) on line 1 and
/// then the body: every document must parse, with line 1 as its title or as the lead its title is
/// derived from.
/// </summary>
public class EcbPlusDevDataTests(ITestOutputHelper output)
{
    public const string Variable = "ECBPLUS_DOCS";

    [EcbPlusDocsFact]
    public void EveryDocumentParsesWithItsFirstLineAsTitleOrLead()
    {
        var parser = new TextArticleParser();
        int total = 0, verbatim = 0, derived = 0, withDate = 0, withDeck = 0, subheadings = 0;
        var problems = new List<string>();
        foreach (var path in Directory.GetFiles(Environment.GetEnvironmentVariable(Variable)!, "*.txt").Order(StringComparer.Ordinal))
        {
            total++;
            var result = parser.Parse(File.ReadAllBytes(path), Path.GetFileName(path));
            if (!result.Succeeded)
            {
                problems.Add($"{Path.GetFileName(path)}: rejected: {result.Error}");
                continue;
            }

            var article = result.Article!;
            var firstLine = TextLines.Normalise(File.ReadLines(path).First());
            if (!article.TitleDerived && article.Title == firstLine)
            {
                verbatim++;
            }
            else if (article.TitleDerived && firstLine.StartsWith(article.Title.TrimEnd('…'), StringComparison.Ordinal))
            {
                derived++;
            }
            else
            {
                problems.Add($"{Path.GetFileName(path)}: title '{article.Title}' is not line 1 '{firstLine}'");
            }

            withDate += article.Published is null ? 0 : 1;
            withDeck += article.Deck is null ? 0 : 1;
            subheadings += article.Blocks.Count(b => b.Kind == Core.Ingestion.BlockKind.Subheading);
        }

        output.WriteLine($"documents {total}; title = line 1: {verbatim}; title derived from line 1: {derived}; with date: {withDate}; with deck: {withDeck}; subheadings: {subheadings}");
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(20)));
        Assert.True(total > 0, "no documents found");
    }
}
