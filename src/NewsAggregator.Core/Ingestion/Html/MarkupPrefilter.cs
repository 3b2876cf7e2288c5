using System.Text;

namespace NewsAggregator.Core.Ingestion.Html;

/// <summary>
/// A linear scan over the markup before it reaches the HTML parser, with two jobs:
/// <list type="bullet">
/// <item>Drops the tags (never the text) of elements nested deeper than a limit. The parser's tree
/// building grows quadratically with depth, so ten thousand nested elements take seconds; a page
/// nested that deep is hostile or broken, and its text is kept flat.</item>
/// <item>Drops scripts (except JSON-LD metadata), styles, inline SVG, fallback markup and comments whole. They are half the bytes
/// of a typical news page and never article text, and tokenising them is most of the parse time.</item>
/// </list>
/// </summary>
internal static class MarkupPrefilter
{
    public const int MaxDepth = 200;

    // Elements that never hold children, and elements a parser closes implicitly when a sibling of the
    // same kind opens: counting those as nesting would flag ordinary pages with unclosed paragraphs.
    private static readonly HashSet<string> VoidElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    };

    private static readonly HashSet<string> SelfClosingSiblings = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "li", "dt", "dd", "option", "tr", "td", "th",
    };

    private static readonly HashSet<string> RawText = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "textarea", "title", "xmp", "noscript",
    };

    // End tags are matched against this many open elements at most, to keep the scan linear.
    private const int EndTagSearchWindow = 32;

    // Noscript, template and iframe hold only fallback or inert markup, and nav only menus: the cleaning
    // drops them all anyway, and parsing them first costs time (menus are a tenth of a typical page).
    // Metadata never comes from them; a byline or date inside a menu belongs to some other article.
    private static readonly HashSet<string> DroppedWhole = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "svg", "noscript", "template", "iframe", "nav",
    };

    // These may nest in themselves, so their end is found by counting.
    private static readonly HashSet<string> Nestable = new(StringComparer.OrdinalIgnoreCase)
    {
        "nav", "template",
    };

    /// <summary>The page without scripts, styles, SVG and excess nesting; unchanged when there was none.</summary>
    public static string Apply(string html, int maxDepth = MaxDepth)
    {
        var open = new List<string>();
        var excess = 0;
        StringBuilder? output = null;
        var copiedUpTo = 0;
        var i = 0;

        while (i < html.Length)
        {
            var lt = html.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= html.Length)
            {
                break;
            }

            var next = html[lt + 1];
            if (next == '!' || next == '?')
            {
                i = SkipMarkupDeclaration(html, lt);

                // Comments are never article text (the cleaner removes any that reach the tree), and
                // conditional comments and commented-out markup can be large.
                if (string.CompareOrdinal(html, lt, "<!--", 0, 4) == 0)
                {
                    output ??= new StringBuilder(html.Length);
                    output.Append(html, copiedUpTo, lt - copiedUpTo);
                    copiedUpTo = i;
                }

                continue;
            }

            var closing = next == '/';
            var nameStart = lt + (closing ? 2 : 1);
            var nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] is '-' or ':'))
            {
                nameEnd++;
            }

            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart]))
            {
                i = lt + 1;
                continue;
            }

            var tagEnd = html.IndexOf('>', nameEnd);
            if (tagEnd < 0)
            {
                break;
            }

            var name = TagName(html.AsSpan(nameStart, nameEnd - nameStart));
            if (!closing && DroppedWhole.Contains(name) && !IsJsonLd(html, nameEnd, tagEnd))
            {
                output ??= new StringBuilder(html.Length);
                output.Append(html, copiedUpTo, lt - copiedUpTo);
                i = Nestable.Contains(name) ? SkipPastNestedEndTag(html, tagEnd + 1, name) : SkipPastEndTag(html, tagEnd + 1, name);
                copiedUpTo = i;
                continue;
            }

            var drop = false;
            if (closing)
            {
                if (excess > 0)
                {
                    excess--;
                    drop = true;
                }
                else
                {
                    CloseTo(open, name);
                }
            }
            else if (!VoidElements.Contains(name) && html[tagEnd - 1] != '/')
            {
                if (SelfClosingSiblings.Contains(name) && open.Count > 0 && open[^1] == name)
                {
                    open.RemoveAt(open.Count - 1);
                }

                if (open.Count >= maxDepth)
                {
                    excess++;
                    drop = true;
                }
                else
                {
                    open.Add(name);
                }
            }

            if (drop)
            {
                output ??= new StringBuilder(html.Length);
                output.Append(html, copiedUpTo, lt - copiedUpTo);
                copiedUpTo = tagEnd + 1;
            }

            i = tagEnd + 1;
            if (!closing && RawText.Contains(name))
            {
                i = SkipRawText(html, i, name);
                if (open.Count > 0 && open[^1] == name)
                {
                    open.RemoveAt(open.Count - 1);
                }
            }
        }

        if (output is null)
        {
            return html;
        }

        output.Append(html, copiedUpTo, html.Length - copiedUpTo);
        return output.ToString();
    }

    // Tag names repeat thousands of times per page; one lower-case instance per name saves an
    // allocation per tag. Bounded, since custom element names are the page's to invent.
    private const int MaxInternedNames = 4096;

    [ThreadStatic]
    private static Dictionary<string, string>? t_names;

    private static string TagName(ReadOnlySpan<char> raw)
    {
        var names = t_names ??= new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (names.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(raw, out var known))
        {
            return known;
        }

        var name = raw.ToString().ToLowerInvariant();
        if (names.Count < MaxInternedNames)
        {
            names[name] = name;
        }

        return name;
    }

    private static void CloseTo(List<string> open, string name)
    {
        var stop = Math.Max(0, open.Count - EndTagSearchWindow);
        for (var k = open.Count - 1; k >= stop; k--)
        {
            if (open[k] == name)
            {
                open.RemoveRange(k, open.Count - k);
                return;
            }
        }
    }

    private static int SkipMarkupDeclaration(string html, int lt)
    {
        if (string.CompareOrdinal(html, lt, "<!--", 0, 4) == 0)
        {
            var end = html.IndexOf("-->", lt + 4, StringComparison.Ordinal);
            return end < 0 ? html.Length : end + 3;
        }

        var close = html.IndexOf('>', lt);
        return close < 0 ? html.Length : close + 1;
    }

    private static bool IsJsonLd(string html, int from, int tagEnd) =>
        html.AsSpan(from, tagEnd - from).Contains("ld+json", StringComparison.OrdinalIgnoreCase);

    private static int SkipPastEndTag(string html, int from, string name)
    {
        var end = html.IndexOf("</" + name, from, StringComparison.OrdinalIgnoreCase);
        if (end < 0)
        {
            return html.Length;
        }

        var close = html.IndexOf('>', end);
        return close < 0 ? html.Length : close + 1;
    }

    /// <summary>Past the end tag that closes an element of this name, counting same-named elements opened inside it.</summary>
    private static int SkipPastNestedEndTag(string html, int from, string name)
    {
        var depth = 1;
        var i = from;
        while (true)
        {
            var lt = html.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= html.Length)
            {
                return html.Length;
            }

            var closing = html[lt + 1] == '/';
            var start = lt + (closing ? 2 : 1);
            if (string.Compare(html, start, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0
                && (start + name.Length >= html.Length || !char.IsAsciiLetterOrDigit(html[start + name.Length]) && html[start + name.Length] != '-'))
            {
                depth += closing ? -1 : 1;
                if (depth == 0)
                {
                    var close = html.IndexOf('>', start);
                    return close < 0 ? html.Length : close + 1;
                }
            }

            i = lt + 1;
        }
    }

    private static int SkipRawText(string html, int from, string name)
    {
        var end = html.IndexOf("</" + name, from, StringComparison.OrdinalIgnoreCase);
        return end < 0 ? html.Length : end;
    }
}
