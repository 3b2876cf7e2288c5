using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using NewsAggregator.Core.Ingestion;
using NewsAggregator.Core.Ingestion.Html;

namespace NewsAggregator.Benchmarks.Extraction;

/// <summary>Scores the HTML parser against a folder of pages with gold text and metadata (html/, gold/).</summary>
internal static partial class Evaluation
{
    public static int Run(string folder, int worst, string? only)
    {
        var parser = new HtmlArticleParser();
        var pages = Directory.GetFiles(Path.Combine(folder, "html"), "*.html").Order(StringComparer.Ordinal).ToList();
        if (only is not null)
        {
            var subset = File.ReadAllLines(Path.Combine(folder, only)).Select(l => l.Trim()).Where(l => l.Length > 0).ToHashSet();
            pages = [.. pages.Where(p => subset.Contains(Path.GetFileNameWithoutExtension(p)))];
        }

        double tp = 0, fp = 0, fn = 0;
        int exact = 0, titleHits = 0, bylinePages = 0, bylineHits = 0, failures = 0;
        var perPage = new List<(string Id, double F1, double P, double R, string? Error)>();

        foreach (var page in pages)
        {
            var id = Path.GetFileNameWithoutExtension(page);
            var goldText = File.ReadAllText(Path.Combine(folder, "gold", id + ".txt"));
            using var goldJson = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "gold", id + ".json")));
            var result = parser.Parse(File.ReadAllBytes(page), Path.GetFileName(page));
            var article = result.Article;
            if (article is null)
            {
                failures++;
            }

            var predictedText = article is null ? "" : string.Join("\n", article.Blocks.Select(b => b.Text));
            var goldTokens = ShingleScore.Tokens(goldText);
            var predictedTokens = ShingleScore.Tokens(predictedText);
            var (pageTp, pageFp, pageFn) = ShingleScore.Page(goldTokens, predictedTokens);
            tp += pageTp;
            fp += pageFp;
            fn += pageFn;
            if (goldTokens.SequenceEqual(predictedTokens))
            {
                exact++;
            }

            var goldTitle = Gold(goldJson, "title");
            if (Normalize(goldTitle) == Normalize(FoundTitle(article)))
            {
                titleHits++;
            }

            var goldByline = Gold(goldJson, "author");
            if (!string.IsNullOrWhiteSpace(goldByline))
            {
                bylinePages++;
                if (NormalizeByline(goldByline) == NormalizeByline(article?.Byline))
                {
                    bylineHits++;
                }
            }

            var p = pageTp + pageFp == 0 ? 0 : pageTp / (pageTp + pageFp);
            var r = pageTp + pageFn == 0 ? 0 : pageTp / (pageTp + pageFn);
            perPage.Add((id, p + r == 0 ? 0 : 2 * p * r / (p + r), p, r, result.Error));
        }

        var n = pages.Count;
        var precision = tp / (tp + fp);
        var recall = tp / (tp + fn);
        var f1 = 2 * precision * recall / (precision + recall);
        var c = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Format(c, "pages {0}  failures {1}", n, failures));
        Console.WriteLine(string.Format(c, "text  F1 {0:0.0000}  P {1:0.0000}  R {2:0.0000}  accuracy {3:0.0%}", f1, precision, recall, (double)exact / n));
        Console.WriteLine(string.Format(c, "title exact {0:0.0%} ({1}/{2})", (double)titleHits / n, titleHits, n));
        Console.WriteLine(string.Format(c, "byline match {0:0.0%} ({1}/{2} pages with a gold byline)", bylinePages == 0 ? 0 : (double)bylineHits / bylinePages, bylineHits, bylinePages));
        Console.WriteLine($"worst {worst} pages:");
        foreach (var (id, pageF1, p, r, error) in perPage.OrderBy(x => x.F1).Take(worst))
        {
            Console.WriteLine(string.Format(c, "  {0,-45} F1 {1:0.000}  P {2:0.000}  R {3:0.000}{4}", id, pageF1, p, r, error is null ? "" : "  (" + error + ")"));
        }

        return 0;
    }

    /// <summary>Prints extracted vs gold metadata for inspection: title and byline mismatches.</summary>
    public static int Metadata(string folder, bool all = false)
    {
        var parser = new HtmlArticleParser();
        foreach (var page in Directory.GetFiles(Path.Combine(folder, "html"), "*.html").Order(StringComparer.Ordinal))
        {
            var id = Path.GetFileNameWithoutExtension(page);
            using var goldJson = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "gold", id + ".json")));
            var article = parser.Parse(File.ReadAllBytes(page), id).Article;
            var goldTitle = Gold(goldJson, "title");
            if (!all && Normalize(goldTitle) != Normalize(FoundTitle(article)))
            {
                Console.WriteLine($"{id}\n  title gold: {goldTitle}\n  title ours: {article?.Title}");
            }

            var goldByline = Gold(goldJson, "author");
            if (all)
            {
                // Every page, also those whose gold has no byline: what a rule change adds where the gold expects nothing.
                Console.WriteLine($"{id}\t{Normalize(goldByline)}\t{article?.Byline}");
            }
            else if (!string.IsNullOrWhiteSpace(goldByline) && NormalizeByline(goldByline) != NormalizeByline(article?.Byline))
            {
                Console.WriteLine($"{id}\n  byline gold: {Normalize(goldByline)}\n  byline ours: {article?.Byline}");
            }
        }

        return 0;
    }

    /// <summary>A title the parser made up from the lead is not one it found on the page.</summary>
    private static string? FoundTitle(ParsedArticle? article) => article is { TitleDerived: false } ? article.Title : null;

    private static string? Gold(JsonDocument json, string property) =>
        json.RootElement.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string Normalize(string? text) => text is null ? "" : Whitespace().Replace(text, " ").Trim();

    /// <summary>Case and whitespace folded, and a leading "By" dropped on both sides: the gold keeps it on some pages.</summary>
    private static string NormalizeByline(string? text) =>
        ByLead().Replace(Normalize(text).ToLowerInvariant(), "");

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^(by|par|por|von)\s+", RegexOptions.CultureInvariant)]
    private static partial Regex ByLead();
}
