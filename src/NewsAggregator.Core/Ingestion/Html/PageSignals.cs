using AngleSharp.Dom;

namespace NewsAggregator.Core.Ingestion.Html;

/// <summary>
/// Everything metadata extraction reads from the markup, gathered in one walk over the page instead
/// of one selector query (one walk) per field.
/// </summary>
internal sealed class PageSignals
{
    private const int MaxHeadlines = 10;
    private const int MaxAuthorElements = 5;

    /// <summary>Meta tags by name, property or itemprop (case-insensitive); a property list ("og:title twitter:title") counts for each.</summary>
    public Dictionary<string, string> Meta { get; } = new(StringComparer.OrdinalIgnoreCase);

    public List<string> JsonLdScripts { get; } = [];

    /// <summary>
    /// Later values of a key the page repeats with the same attribute. The HTML and Dublin Core way to
    /// name several authors is one author tag each, so a repeat is another author, not a correction.
    /// </summary>
    public Dictionary<string, List<string>> RepeatedMeta { get; } = new(StringComparer.OrdinalIgnoreCase);

    private readonly HashSet<string> _fromProperty = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Texts of the page's h1 elements (the first few).</summary>
    public List<string> Headlines { get; } = [];

    public string? DocumentTitle { get; private set; }

    public string? Canonical { get; private set; }

    public string? ContentLanguage { get; private set; }

    /// <summary>Names in rel=author / itemprop=author elements, in page order, each with the credit line around it.</summary>
    public List<AuthorMark> AuthorElements { get; } = [];

    /// <summary>Machine-readable dates the markup marks as publication dates, most specific first.</summary>
    public List<string> MarkedDates { get; } = [];

    public static PageSignals Read(IDocument document)
    {
        var page = new PageSignals();
        if (document.DocumentElement is null)
        {
            return page;
        }

        var pubdates = new List<string>();
        var itempropDates = new List<string>();
        var articleTimes = new List<string>();
        var times = new List<string>();
        foreach (var element in NodeText.Descendants(document.DocumentElement))
        {
            switch (element.LocalName)
            {
                case "meta":
                    page.AddMeta(element);
                    break;
                case "script" when element.GetAttribute("type")?.Contains("ld+json", StringComparison.OrdinalIgnoreCase) ?? false:
                    page.JsonLdScripts.Add(element.TextContent);
                    break;
                case "title" when page.DocumentTitle is null && !DomWalk.HasAncestor(element, "svg"):
                    page.DocumentTitle = element.TextContent;
                    break;
                case "h1" when page.Headlines.Count < MaxHeadlines:
                    var headline = NodeText.Inner(element);
                    if (headline.Length > 0)
                    {
                        page.Headlines.Add(headline);
                    }

                    break;
                case "link" when page.Canonical is null && HasToken(element.GetAttribute("rel"), "canonical"):
                    page.Canonical = element.GetAttribute("href");
                    break;
                case "time" when element.GetAttribute("datetime") is { } datetime:
                    (element.HasAttribute("pubdate") ? pubdates : DomWalk.HasAncestor(element, "article") ? articleTimes : times).Add(datetime);
                    break;
                default:
                    break;
            }

            if (element.Attributes.Length == 0)
            {
                continue;
            }

            if (HasToken(element.GetAttribute("itemprop"), "datePublished")
                && (element.GetAttribute("datetime") ?? element.GetAttribute("content")) is { } marked)
            {
                itempropDates.Add(marked);
            }

            if (page.AuthorElements.Count < MaxAuthorElements
                && (HasToken(element.GetAttribute("rel"), "author") || HasToken(element.GetAttribute("itemprop"), "author")))
            {
                var name = NodeText.Descendants(element).FirstOrDefault(d => HasToken(d.GetAttribute("itemprop"), "name"));
                page.AuthorElements.Add(new AuthorMark(name is null ? BylineText.Of(element) : NodeText.Inner(name), CreditLine(element)));
            }
        }

        page.MarkedDates.AddRange([.. pubdates, .. itempropDates, .. articleTimes, .. times]);
        return page;
    }

    private void AddMeta(IElement element)
    {
        var content = element.GetAttribute("content");
        if (string.IsNullOrWhiteSpace(content))
        {
            return;
        }

        if (string.Equals(element.GetAttribute("http-equiv"), "content-language", StringComparison.OrdinalIgnoreCase))
        {
            ContentLanguage ??= content.Trim();
        }

        foreach (var attribute in (ReadOnlySpan<string>)["property", "name", "itemprop"])
        {
            var keys = element.GetAttribute(attribute);
            if (string.IsNullOrWhiteSpace(keys))
            {
                continue;
            }

            foreach (var key in keys.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                // Dublin Core is written both "dc.title" and "dc:title".
                var normalized = key.StartsWith("dc.", StringComparison.OrdinalIgnoreCase) ? "dc:" + key[3..]
                    : key.StartsWith("dcterm.", StringComparison.OrdinalIgnoreCase) ? "dcterm:" + key[7..]
                    : key;
                // RDFa "property" is the declared vocabulary; a "name" with the same key only fills gaps.
                if (attribute == "property")
                {
                    if (!_fromProperty.Contains(normalized))
                    {
                        Meta[normalized] = content.Trim();
                        _fromProperty.Add(normalized);

                        // Repeats of a "name" tag the property now overrides belong to the overridden list.
                        RepeatedMeta.Remove(normalized);
                    }
                    else
                    {
                        AddRepeat(normalized, content);
                    }
                }
                else if (!Meta.TryAdd(normalized, content.Trim()) && !_fromProperty.Contains(normalized))
                {
                    AddRepeat(normalized, content);
                }
            }
        }
    }

    /// <summary>
    /// The text of the byline element a few levels around an author mark: an author link names one
    /// writer, while the byline around it is the whole credit ("By Ann Lee and Raj Patel", "By Ann Lee,
    /// Reuters"). Null when no close ancestor is marked as a byline.
    /// </summary>
    private static string? CreditLine(IElement element)
    {
        const int maxLevels = 3;
        var level = 0;
        for (var parent = element.ParentElement; parent is not null && level < maxLevels; parent = parent.ParentElement, level++)
        {
            if (parent.LocalName is "body" or "article" or "main" or "header")
            {
                return null;
            }

            if (parent.Attributes.Length > 0 && ElementHints.IsByline(ElementHints.Describe(parent)))
            {
                return BylineText.Of(parent);
            }
        }

        return null;
    }

    private void AddRepeat(string key, string content)
    {
        if (!RepeatedMeta.TryGetValue(key, out var values))
        {
            values = [];
            RepeatedMeta[key] = values;
        }

        values.Add(content.Trim());
    }

    private static bool HasToken(string? value, string token) =>
        value is not null && value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(token, StringComparer.OrdinalIgnoreCase);
}

/// <summary>An author named by the markup, and the text of the byline element that holds the mark, if any.</summary>
internal readonly record struct AuthorMark(string Name, string? CreditLine);
