using System.Globalization;
using System.Text;
using NewsAggregator.Core.Ingestion;

namespace NewsAggregator.Core.Tests.Ingestion.Text;

/// <summary>
/// The reviewable text form of a parse result kept in Golden/text: the metadata, the
/// non-paragraph blocks in full, and the first and last paragraphs with the paragraph count.
/// </summary>
internal static class GoldenSummary
{
    public static string Format(ParseResult result)
    {
        var text = new StringBuilder();
        if (!result.Succeeded)
        {
            text.Append("rejected: ").AppendLine(result.Error);
            return text.ToString();
        }

        var article = result.Article!;
        var paragraphs = article.Paragraphs.ToList();
        Line(text, "title", article.Title);
        Line(text, "title derived", article.TitleDerived ? "yes" : "no");
        Line(text, "byline", article.Byline);
        Line(text, "outlet", article.Outlet);
        Line(text, "published", article.Published?.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture));
        Line(text, "url", article.Url);
        List(text, "contributors", article.Contributors);
        Line(text, "deck", article.Deck);
        List(text, "subheadings", Texts(article, BlockKind.Subheading));
        List(text, "captions", Texts(article, BlockKind.Caption));
        List(text, "list items", Texts(article, BlockKind.ListItem));
        Line(text, "paragraph count", paragraphs.Count.ToString(CultureInfo.InvariantCulture));
        Line(text, "first paragraph", paragraphs.FirstOrDefault());
        Line(text, "last paragraph", paragraphs.LastOrDefault());
        return text.ToString();
    }

    private static List<string> Texts(ParsedArticle article, BlockKind kind) =>
        [.. article.Blocks.Where(b => b.Kind == kind).Select(b => b.Text)];

    private static void Line(StringBuilder text, string key, string? value) =>
        text.Append(key).Append(": ").AppendLine(value ?? "(none)");

    private static void List(StringBuilder text, string key, IReadOnlyList<string> values)
    {
        text.Append(key).Append(':').AppendLine(values.Count == 0 ? " (none)" : "");
        foreach (var value in values)
        {
            text.Append("  - ").AppendLine(value);
        }
    }
}
