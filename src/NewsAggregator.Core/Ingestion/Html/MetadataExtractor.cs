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
    private static readonly string[] AuthorKeys = ["dc:creator", "dcterm:creator", "dcterms:creator", "author", "article:author", "og:article:author", "parsely-author", "sailthru.author", "byl", "twitter:creator"];
    private static readonly string[] DateKeys = ["article:published_time", "og:article:published_time", "datepublished", "pubdate", "publishdate", "date", "dc.date.issued", "dc:date", "dcterms:date", "parsely-pub-date", "sailthru.date"];
    private static readonly string[] OutletKeys = ["og:site_name", "application-name", "publisher", "dc:publisher"];

    // Lower-case words that belong inside a list of names ("Ann Lee and Raj Patel", "Michiel de Jong").
    private static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal)
    {
        "and", "&", "de", "del", "der", "van", "von", "da", "di", "du", "la", "le", "bin", "al", "y", "e", "et", "und",
    };

    public static PageMetadata Extract(IDocument document)
    {
        var page = PageSignals.Read(document);
        var meta = page.Meta;
        var jsonLd = JsonLdArticle.Find(page.JsonLdScripts);

        var outlet = First(Clean(meta.GetValueOrDefault("og:site_name")), Clean(jsonLd?.Publisher), OutletKeys.Skip(1).Select(k => Clean(meta.GetValueOrDefault(k))).FirstOrDefault(v => v is not null));
        return new PageMetadata(
            Title(jsonLd, meta, page),
            Byline(jsonLd, meta, page, outlet),
            Published(jsonLd, meta, page),
            outlet,
            Url(jsonLd, meta, page),
            Language(document, meta, page))
        {
            Creator = jsonLd is { Creators.Count: > 0 } ? CleanByline(string.Join(", ", jsonLd.Creators.Distinct()), outlet) : null,
        };
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

    private static string? Byline(JsonLdArticle? jsonLd, Dictionary<string, string> meta, PageSignals page, string? outlet)
    {
        if (jsonLd is { Authors.Count: > 0 } && CleanByline(string.Join(", ", jsonLd.Authors.Distinct()), outlet) is { } structured)
        {
            return structured;
        }

        foreach (var key in AuthorKeys)
        {
            if (meta.GetValueOrDefault(key) is { } value && AuthorTags(value, page.RepeatedMeta.GetValueOrDefault(key), outlet) is { } byline)
            {
                return byline;
            }
        }

        foreach (var mark in page.AuthorElements)
        {
            if (mark.Name.Length is > 0 and < 100 && CleanByline(mark.Name, outlet) is { } byline)
            {
                return Credit(byline, mark.CreditLine, outlet) ?? byline;
            }
        }

        return null;
    }

    /// <summary>
    /// The names in one author tag and its repeats, joined; profile links and handles are skipped.
    /// Names written surname first ("Lee, Ann") are joined with semicolons so the list stays readable.
    /// </summary>
    private static string? AuthorTags(string first, List<string>? repeats, string? outlet)
    {
        var names = new List<string>();
        foreach (var value in repeats is null ? [first] : (IEnumerable<string>)[first, .. repeats])
        {
            if (!value.StartsWith("http", StringComparison.OrdinalIgnoreCase) && !value.StartsWith('@') && CleanByline(value, outlet) is { } name
                && !names.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                names.Add(name);
            }
        }

        return names.Count == 0 ? null : string.Join(names.Any(n => n.Contains(',', StringComparison.Ordinal)) ? "; " : ", ", names);
    }

    /// <summary>
    /// The byline element's credit when it says more than the author mark inside it: the other writers,
    /// or the desk or agency they wrote for. Only a credit that begins with the marked name and reads as
    /// names counts, so "Ann Lee Updated 3 hours ago" or a teaser line never replaces the name.
    /// </summary>
    private static string? Credit(string name, string? creditLine, string? outlet)
    {
        if (creditLine is not { Length: > 0 and < 100 } || CleanByline(creditLine, outlet) is not { } credit)
        {
            return null;
        }

        return credit.Length > name.Length && credit.StartsWith(name, StringComparison.OrdinalIgnoreCase)
            && !char.IsLetterOrDigit(credit[name.Length]) && LooksLikeNames(credit) ? credit : null;
    }

    /// <summary>
    /// A "By Ann Lee" line among the first blocks of the article, for pages that mark their byline up
    /// with nothing a rule could find. Only a short line that starts with the lead-in and a capital counts.
    /// </summary>
    public static string? LeadByline(IReadOnlyList<ContentBlock> blocks, string? outlet)
    {
        const int leadBlocks = 3;
        for (var i = 0; i < Math.Min(leadBlocks, blocks.Count); i++)
        {
            var text = blocks[i].Text;
            if (blocks[i].Kind == BlockKind.Paragraph && text.Length < 80 && ByLine().IsMatch(text) && CleanByline(text, outlet) is { } byline
                && LooksLikeNames(byline))
            {
                return byline;
            }
        }

        return null;
    }

    /// <summary>Capitalised words and name particles only, not a sentence: "By Monday the council had voted." is not a byline.</summary>
    private static bool LooksLikeNames(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 8 && !SentenceEnd().IsMatch(text)
            && words.All(w => char.IsUpper(w[0]) || NameParticles.Contains(w.TrimEnd(',')));
    }

    /// <summary>
    /// Strips the "By" lead-in and surrounding noise from a byline (a timestamp, a job title, the
    /// outlet's name run on after the writer's); null when nothing is left.
    /// </summary>
    public static string? CleanByline(string? byline, string? outlet = null)
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

        // A bare number after the name is a comment or share counter printed on the same line.
        value = TrailingCount().Replace(value, "").Trim();

        // A job title set off by a comma or dash ("Ann Lee, Staff Writer") describes the writer, it is not
        // part of the name; a dangling conjunction is what is left of a list cut short.
        value = TrailingRole().Replace(value, "").Trim();
        value = TrailingConjunction().Replace(value, "").Trim();

        // "Ann Lee, Reuters" or "Ann Lee WebMD Health News": the outlet is kept apart, the writer stays.
        // A byline that is only the outlet ("BBC News") is the outlet credited as author, and kept.
        if (Clean(outlet) is { Length: > 2 } site && value.Length > site.Length + 2 && value.EndsWith(site, StringComparison.OrdinalIgnoreCase)
            && !char.IsLetterOrDigit(value[^(site.Length + 1)]))
        {
            value = value[..^site.Length].Trim().TrimEnd(',', '|', '-', '–', '—', '/').Trim();
            value = TrailingFor().Replace(value, "").Trim();
        }

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

    [GeneratedRegex(@"\s*(,|\s[-–—|]|\bfor\b)\s*(the\s+)?([\p{L}.&-]+\s+){0,3}(writer|editor|reporter|correspondent|columnist|contributor|producer|journalist|critic|analyst|photographer|intern)s?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TrailingRole();

    [GeneratedRegex(@"\s+\d+$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingCount();

    [GeneratedRegex(@"\s+(for|of|at)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TrailingFor();

    // The lead-in in any case, the name after it capitalised (so no IgnoreCase on the whole pattern).
    [GeneratedRegex(@"^(?i:by|von|par|por)\s+\p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex ByLine();

    // A full stop after a word of three letters or more ends a sentence; after an initial it does not.
    [GeneratedRegex(@"\p{L}{3,}[.!?]$", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\s*(,|\band\b|&)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TrailingConjunction();

    [GeneratedRegex(@"^(last\s+)?(updated|published|posted|modified)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotAName();

    [GeneratedRegex(@"^(by|von|par|por|di|door|av|af)\b[:\s]*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BylineLead();
}
