using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace NewsAggregator.Core.Ingestion.Html;

/// <summary>
/// Reads title, byline, date, outlet, address and language from the page's head and markup, in order
/// of trust: JSON-LD, then Open Graph / Twitter / Dublin Core meta tags, then the visible page.
/// Runs before cleaning, which removes the scripts that carry the JSON-LD.
/// </summary>
internal static partial class MetadataExtractor
{
    // Dublin Core is rare but always deliberate, so it goes before the social-media tags.
    private static readonly string[] TitleKeys = ["dc:title", "dcterm:title", "dcterms:title", "og:title", "twitter:title", "parsely-title", "title"];
    private static readonly string[] AuthorKeys = ["dc:creator", "dcterm:creator", "dcterms:creator", "author", "article:author", "parsely-author", "sailthru.author", "byl", "twitter:creator"];
    private static readonly string[] DateKeys = ["article:published_time", "og:article:published_time", "datepublished", "pubdate", "publishdate", "date", "dc.date.issued", "dc:date", "dcterms:date", "parsely-pub-date", "sailthru.date"];
    private static readonly string[] OutletKeys = ["og:site_name", "application-name", "publisher", "dc:publisher"];

    public static PageMetadata Extract(IDocument document)
    {
        var page = PageSignals.Read(document);
        var meta = page.Meta;
        var jsonLd = JsonLdArticle.Find(page.JsonLdScripts);

        return new PageMetadata(
            Title(jsonLd, meta, page),
            Byline(jsonLd, meta, page),
            Published(jsonLd, meta, page),
            First(Clean(meta.GetValueOrDefault("og:site_name")), Clean(jsonLd?.Publisher), OutletKeys.Skip(1).Select(k => Clean(meta.GetValueOrDefault(k))).FirstOrDefault(v => v is not null)),
            Url(jsonLd, meta, page),
            Language(document, meta, page));
    }

    private static string? Title(JsonLdArticle? jsonLd, Dictionary<string, string> meta, PageSignals page)
    {
        var headings = page.Headlines;
        var documentTitle = Clean(page.DocumentTitle);
        if (StructuredTitle(jsonLd, documentTitle) is { } structured)
        {
            return structured;
        }

        foreach (var key in TitleKeys)
        {
            if (Clean(meta.GetValueOrDefault(key)) is { } value)
            {
                return value;
            }
        }

        // A lone headline the <title> also contains is the title without the site's decoration.
        if (headings.Count == 1 && documentTitle is not null && TitleCleaner.WordCount(headings[0]) >= 2
            && documentTitle.Contains(headings[0], StringComparison.OrdinalIgnoreCase))
        {
            return headings[0];
        }

        return documentTitle is not null ? TitleCleaner.Clean(documentTitle, headings) : headings.FirstOrDefault();
    }

    /// <summary>
    /// JSON-LD headline, or its name when the two differ and the name is what the page's own title
    /// shows: some sites (encyclopedias among them) put a description in the headline field.
    /// </summary>
    private static string? StructuredTitle(JsonLdArticle? jsonLd, string? documentTitle)
    {
        var headline = Clean(jsonLd?.Headline);
        var name = Clean(jsonLd?.Name);
        if (headline is null || name is null || headline == name || documentTitle is null)
        {
            return headline ?? name;
        }

        return TitleCleaner.Similarity(name, documentTitle) > TitleCleaner.Similarity(headline, documentTitle) ? name : headline;
    }

    private static string? Byline(JsonLdArticle? jsonLd, Dictionary<string, string> meta, PageSignals page)
    {
        if (jsonLd is { Authors.Count: > 0 })
        {
            return CleanByline(string.Join(", ", jsonLd.Authors.Distinct()));
        }

        foreach (var key in AuthorKeys)
        {
            var value = meta.GetValueOrDefault(key);
            if (value is not null && !value.StartsWith("http", StringComparison.OrdinalIgnoreCase) && !value.StartsWith('@') && CleanByline(value) is { } byline)
            {
                return byline;
            }
        }

        foreach (var name in page.AuthorElements)
        {
            if (name.Length is > 0 and < 100 && CleanByline(name) is { } byline)
            {
                return byline;
            }
        }

        return null;
    }

    /// <summary>Strips the "By" lead-in and surrounding noise from a byline; null when nothing is left.</summary>
    public static string? CleanByline(string? byline)
    {
        var value = Clean(byline);
        if (value is null)
        {
            return null;
        }

        value = BylineLead().Replace(value, "").Trim();

        // Bylines often run on into a timestamp or a role: "Ann Lee • 8h", "Ann Lee May 20, 2019".
        var separator = BylineSeparator().Match(value);
        if (separator.Success && separator.Index > 0)
        {
            value = value[..separator.Index];
        }

        value = TrailingDate().Replace(value, "").Trim().TrimEnd(',', '|', '-', '–', '—').Trim();

        // What is left of a timestamp line ("Last updated:") is not a name.
        if (value.EndsWith(':') || NotAName().IsMatch(value))
        {
            return null;
        }

        return value.Length is > 0 and < 200 && value.Any(char.IsLetter) ? value : null;
    }

    private static DateTimeOffset? Published(JsonLdArticle? jsonLd, Dictionary<string, string> meta, PageSignals page)
    {
        if (ParseDate(jsonLd?.DatePublished) is { } structured)
        {
            return structured;
        }

        foreach (var key in DateKeys)
        {
            if (ParseDate(meta.GetValueOrDefault(key)) is { } value)
            {
                return value;
            }
        }

        foreach (var value in page.MarkedDates)
        {
            if (ParseDate(value) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    internal static DateTimeOffset? ParseDate(string? value)
    {
        value = value?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var parsed)
            ? parsed
            : null;
    }

    private static string? Url(JsonLdArticle? jsonLd, Dictionary<string, string> meta, PageSignals page)
    {
        var candidates = new[]
        {
            page.Canonical,
            meta.GetValueOrDefault("og:url"),
            jsonLd?.Url,
        };
        return candidates.Select(c => c?.Trim()).FirstOrDefault(c => Uri.TryCreate(c, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https");
    }

    private static string? Language(IDocument document, Dictionary<string, string> meta, PageSignals page)
    {
        var lang = document.DocumentElement?.GetAttribute("lang") ?? document.DocumentElement?.GetAttribute("xml:lang");
        if (string.IsNullOrWhiteSpace(lang))
        {
            lang = page.ContentLanguage
                ?? meta.GetValueOrDefault("og:locale")?.Replace('_', '-');
        }

        return string.IsNullOrWhiteSpace(lang) ? null : lang.Trim();
    }

    private static string? First(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));

    private static string? Clean(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = System.Net.WebUtility.HtmlDecode(Whitespace().Replace(value, " ").Trim());
        return text.Length == 0 ? null : text;
    }

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\s+[•·|]\s+|\s+[-–—]\s+(?=\d|updated|published)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BylineSeparator();

    [GeneratedRegex(@"\s*,?\s*(updated\s+|published\s+)?((jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4}).*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TrailingDate();

    [GeneratedRegex(@"^(last\s+)?(updated|published|posted|modified)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotAName();

    [GeneratedRegex(@"^(by|von|par|por|di|door|av|af)\b[:\s]*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BylineLead();
}
