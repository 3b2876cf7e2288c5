using System.Text.RegularExpressions;

namespace NewsAggregator.Core.Ingestion.Html;

/// <summary>
/// Takes the site name off a document title ("Quake hits Nepal | The Herald" → "Quake hits Nepal"),
/// but only when what is left still reads as a headline: a two-word remainder is more likely a
/// section name than the article's title.
/// </summary>
internal static partial class TitleCleaner
{
    private const int MinWordsLeft = 4;

    public static string Clean(string title, IReadOnlyList<string> headings)
    {
        title = Whitespace().Replace(title, " ").Trim();
        if (title.Length == 0)
        {
            return title;
        }

        var separated = Separator().Matches(title);
        if (separated.Count > 0)
        {
            var last = separated[^1];
            var withoutLast = title[..last.Index].Trim();
            if (WordCount(withoutLast) >= MinWordsLeft)
            {
                return withoutLast;
            }

            // Some sites put the site name first ("The Herald | Quake hits Nepal").
            var first = separated[0];
            var withoutFirst = title[(first.Index + first.Length)..].Trim();
            if (WordCount(withoutFirst) >= MinWordsLeft && WordCount(title[..first.Index]) <= 3)
            {
                return withoutFirst;
            }

            return title;
        }

        var colon = title.LastIndexOf(": ", StringComparison.Ordinal);
        if (colon > 0 && !headings.Any(h => string.Equals(h, title, StringComparison.Ordinal)))
        {
            var after = title[(colon + 2)..].Trim();
            var before = title[..colon];
            if (WordCount(after) >= 3 && WordCount(before) <= 5 && headings.Any(h => string.Equals(h, after, StringComparison.Ordinal)))
            {
                return after;
            }
        }

        return title;
    }

    public static int WordCount(string text) => Words().Count(text);

    /// <summary>How much two titles share, as the Dice coefficient of their word sets (case-insensitive).</summary>
    public static double Similarity(string a, string b)
    {
        var left = WordCharacters().Matches(a.ToLowerInvariant()).Select(m => m.Value).ToHashSet();
        var right = WordCharacters().Matches(b.ToLowerInvariant()).Select(m => m.Value).ToHashSet();
        return left.Count + right.Count == 0 ? 0 : 2.0 * left.Count(right.Contains) / (left.Count + right.Count);
    }

    [GeneratedRegex(@" [|\-–—\\/>»·] ", RegexOptions.CultureInvariant)]
    private static partial Regex Separator();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\S+", RegexOptions.CultureInvariant)]
    private static partial Regex Words();

    [GeneratedRegex(@"\w+", RegexOptions.CultureInvariant)]
    private static partial Regex WordCharacters();
}
