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

            if (Negative().IsMatch(value))
            {
                weight -= ClassWeight;
            }

            if (Positive().IsMatch(value))
            {
                weight += ClassWeight;
            }
        }

        return weight;
    }

    /// <summary>Names that almost never hold the article, unless they also name content.</summary>
    public static bool IsUnlikely(string description) =>
        description.Length > 0 && Unlikely().IsMatch(description) && !MaybeContent().IsMatch(description);

    /// <summary>Containers whose text is never part of an article: consent banners, share bars, newsletter boxes.</summary>
    public static bool IsChrome(string description) => description.Length > 0 && Chrome().IsMatch(description);

    public static bool IsByline(string description) => description.Length > 0 && Byline().IsMatch(description);

    public static bool IsShare(string description) => description.Length > 0 && Share().IsMatch(description);

    public static bool IsNegative(string description) => description.Length > 0 && Negative().IsMatch(description);

    [GeneratedRegex(@"article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story|prose", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Positive();

    [GeneratedRegex(@"-ad-|\bads?\b|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|cookie|footer|gdpr|footnote|masthead|media|meta|newsletter|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|subscribe|tags|taboola|tool|widget|nav\b|navigation", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Negative();

    [GeneratedRegex(@"-ad-|ai2html|banner|breadcrumb|combx|comment|community|consent|cookie|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|newsletter|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|promo|subscribe|yom-remote", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
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
