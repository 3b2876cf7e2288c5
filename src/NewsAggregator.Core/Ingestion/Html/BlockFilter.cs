using System.Text.RegularExpressions;

namespace NewsAggregator.Core.Ingestion.Html;

/// <summary>
/// Last pass over the blocks: the headline and byline are kept as metadata, so their copies at the top
/// of the body go; so does a consent notice that slipped through without a telling class name.
/// </summary>
internal static partial class BlockFilter
{
    // The headline and byline sit at the top of an article; further down, a matching line is content.
    private const int LeadBlocks = 4;
    private const int ConsentNoticeMaxLength = 600;

    // Labels publishers print over ad slots; alone on a line they are never article text.
    private static readonly HashSet<string> AdLabels = new(StringComparer.Ordinal)
    {
        "advertisement", "advertising", "sponsored", "sponsored content", "ad", "anzeige", "publicité", "publicidad", "pubblicità", "reklama",
    };

    public static List<ContentBlock> Filter(List<ContentBlock> blocks, string? title, string? byline)
    {
        var titleKey = Key(title);
        var bylineKey = Key(byline);
        var kept = new List<ContentBlock>(blocks.Count);
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            var key = i < LeadBlocks || block.Text.Length < 30 ? Key(block.Text) : "";
            if (i < LeadBlocks && titleKey.Length > 0 && block.Kind == BlockKind.Subheading && SameTitle(key, titleKey))
            {
                continue;
            }

            if (i < LeadBlocks && bylineKey.Length > 0 && block.Text.Length < 100 && (key == bylineKey || Key(MetadataExtractor.CleanByline(block.Text)) == bylineKey))
            {
                continue;
            }

            if (IsConsentNotice(block.Text) || AdLabels.Contains(key))
            {
                continue;
            }

            kept.Add(block);
        }

        return kept;
    }

    public static bool IsConsentNotice(string text) =>
        text.Length <= ConsentNoticeMaxLength && text.Contains("cookie", StringComparison.OrdinalIgnoreCase)
        && ConsentWording().IsMatch(text) && ConsentAction().IsMatch(text);

    /// <summary>Same headline when one contains the other and they share most words (sites append kickers).</summary>
    private static bool SameTitle(string heading, string title)
    {
        if (heading == title)
        {
            return true;
        }

        var shorter = heading.Length < title.Length ? heading : title;
        var longer = heading.Length < title.Length ? title : heading;
        return longer.Contains(shorter, StringComparison.Ordinal) && shorter.Length >= 0.75 * longer.Length;
    }

    private static string Key(string? text) =>
        text is null ? "" : NonWord().Replace(text, " ").Trim().ToLowerInvariant();

    [GeneratedRegex(@"[\W_]+", RegexOptions.CultureInvariant)]
    private static partial Regex NonWord();

    [GeneratedRegex(@"\bcookies?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ConsentWording();

    [GeneratedRegex(@"\b(accept|agree|consent|allow|reject|manage preferences|cookie settings|cookie policy)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ConsentAction();
}
