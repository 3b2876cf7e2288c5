namespace NewsAggregator.Core.Ingestion.Text;

/// <summary>What <see cref="ChromeFilter"/> kept, and what the furniture it removed said about the article.</summary>
internal sealed record ChromeResult(List<TextLine> Lines, string? Outlet, string? AuthorBox);

/// <summary>
/// Removes site furniture from the lines of an article. Furniture that only ever follows an
/// article (follow prompts, copyright, the comment form) is looked for in the second half of the
/// file, so a short article line that happens to read "Subscribe" near the top is not lost;
/// cookie and share lines go wherever they are.
/// </summary>
internal static class ChromeFilter
{
    /// <summary>A line this long is article prose; a cut marker needs some before it.</summary>
    private const int ProseWords = 8;

    public static ChromeResult Strip(IReadOnlyList<TextLine> lines)
    {
        var trailingStart = lines.Count / 2;
        var cut = lines.Count;
        string? author = null;
        var proseSeen = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i].Text;
            if (i >= trailingStart && proseSeen && Chrome.IsCutMarker(text, out var boxName)
                && (boxName is null || !MentionedBefore(lines, i, PersonName.Surname(boxName))))
            {
                cut = i;
                author = boxName;
                break;
            }

            proseSeen |= LineShape.WordCount(text) >= ProseWords;
        }

        string? outlet = null;
        var kept = new List<TextLine>();
        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i].Text;
            outlet ??= i >= trailingStart ? Chrome.OutletOnAggregator(text) : null;
            if (i >= cut || Chrome.IsAnywhere(text) || (i >= trailingStart && Chrome.IsTrailing(text)))
            {
                continue;
            }

            kept.Add(lines[i]);
        }

        return new ChromeResult(kept, outlet, author);
    }

    /// <summary>
    /// An "About Jane Doe" box describes the author, who seldom appears in her own story's prose
    /// (only in its byline); a name the story discussed makes the line a subheading instead.
    /// </summary>
    private static bool MentionedBefore(IReadOnlyList<TextLine> lines, int end, string surname)
    {
        for (var i = 0; i < end; i++)
        {
            if (LineShape.WordCount(lines[i].Text) >= ProseWords && lines[i].Text.Contains(surname, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
