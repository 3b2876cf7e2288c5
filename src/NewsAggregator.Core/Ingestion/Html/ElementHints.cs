using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace NewsAggregator.Core.Ingestion.Html;

/// <summary>
/// What an element's class and id say about it. Publishers name their containers for what they hold
/// ("story-body", "related-links", "cookie-banner"), which is the strongest cheap signal there is.
/// </summary>
internal static partial class ElementHints
{
    public const int ClassWeight = 25;

    /// <summary>The class and id of an element as one string to match hints against.</summary>
    public static string Describe(IElement element)
    {
        var cls = element.GetAttribute("class");
        var id = element.Id;
        return string.IsNullOrEmpty(id) ? cls ?? "" : string.IsNullOrEmpty(cls) ? id : cls + " " + id;
    }

    /// <summary>+25 per attribute (class, id) that sounds like content, -25 per one that sounds like chrome.</summary>
    public static int Weight(IElement element)
    {
        var weight = 0;
        foreach (var value in (ReadOnlySpan<string?>)[element.GetAttribute("class"), element.Id])
        {
            if (string.IsNullOrEmpty(value))
            {
                continue;
            }

            var hints = Of(value);
            if ((hints & Hint.Negative) != 0)
            {
                weight -= ClassWeight;
            }

            if ((hints & Hint.Positive) != 0)
            {
                weight += ClassWeight;
            }
        }

        return weight;
    }

    /// <summary>Names that almost never hold the article, unless they also name content.</summary>
    public static bool IsUnlikely(string description) => Has(description, Hint.Unlikely) && !Has(description, Hint.MaybeContent);

    /// <summary>Containers whose text is never part of an article: consent banners, share bars, newsletter boxes, ad slots.</summary>
    public static bool IsChrome(string description) => Has(description, Hint.Chrome);

    public static bool IsByline(string description) => Has(description, Hint.Byline);

    public static bool IsShare(string description) => Has(description, Hint.Share);

    public static bool IsNegative(string description) => Has(description, Hint.Negative);

    private static bool Has(string description, Hint hint) => description.Length > 0 && (Of(description) & hint) != 0;

    /// <summary>
    /// All hints of one class/id string. A page repeats the same few class strings thousands of times,
    /// so each distinct string is matched against the patterns once per thread and remembered.
    /// </summary>
    private static Hint Of(string value)
    {
        var cache = t_cache ??= new Dictionary<string, Hint>(StringComparer.Ordinal);
        if (cache.TryGetValue(value, out var hints))
        {
            return hints;
        }

        hints = (Positive().IsMatch(value) ? Hint.Positive : 0)
            | (Negative().IsMatch(value) ? Hint.Negative : 0)
            | (Unlikely().IsMatch(value) ? Hint.Unlikely : 0)
            | (MaybeContent().IsMatch(value) ? Hint.MaybeContent : 0)
            | (Chrome().IsMatch(value) ? Hint.Chrome : 0)
            | (Byline().IsMatch(value) ? Hint.Byline : 0)
            | (Share().IsMatch(value) ? Hint.Share : 0);

        if (cache.Count >= MaxCachedHints)
        {
            cache.Clear();
        }

        cache[value] = hints;
        return hints;
    }

    private const int MaxCachedHints = 20_000;

    [ThreadStatic]
    private static Dictionary<string, Hint>? t_cache;

    [Flags]
    private enum Hint
    {
        Positive = 1,
        Negative = 2,
        Unlikely = 4,
        MaybeContent = 8,
        Chrome = 16,
        Byline = 32,
        Share = 64,
    }

    [GeneratedRegex(@"article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story|prose", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Positive();

    [GeneratedRegex(@"-ad-|\bads?\b|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|cookie|footer|gdpr|footnote|masthead|media|meta|newsletter|outbrain|promo|related|most[-_]?popular|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|subscribe|tags|taboola|tool|widget|nav\b|navigation", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Negative();

    [GeneratedRegex(@"-ad-|ai2html|banner|breadcrumb|combx|comment|community|consent|cookie|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|newsletter|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|promo|most[-_]?popular|subscribe|yom-remote", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Unlikely();

    [GeneratedRegex(@"and|article|body|column|content|main|mathjax|shadow", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MaybeContent();

    [GeneratedRegex(@"cookie|consent|gdpr|newsletter-signup|paywall-prompt|subscribe-box|\bad[-_]?(slot|unit|container|wrapper|banner|box|block|placeholder)\b|\badvert|adsense|\bdfp[-_]|gpt-ad|\bsponsored\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Chrome();

    [GeneratedRegex(@"byline|author|dateline|writtenby|p-author", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Byline();

    [GeneratedRegex(@"\bshare\b|sharedaddy|share-|social", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Share();
}
