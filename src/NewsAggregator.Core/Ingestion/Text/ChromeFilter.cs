using System.Buffers;

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
        // Word counts are asked for again and again below: count once.
        var words = new int[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            words[i] = LineShape.WordCount(lines[i].Text);
        }

        var secondHalf = SecondHalfStart(words);
        var (cut, author) = FindCut(lines, words, secondHalf);

        // Furniture can fill the whole second half of a short file, so the trailing region also
        // starts straight after the last line of prose.
        var lastProse = -1;
        for (var i = 0; i < cut; i++)
        {
            if (IsProse(lines[i].Text, words[i]))
            {
                lastProse = i;
            }
        }

        var trailingStart = Math.Min(secondHalf, lastProse + 1);
        string? outlet = null;
        var kept = new List<TextLine>(lines.Count);
        var inTeasers = false;
        var keyBuffer = ArrayPool<char>.Shared.Rent(lines.Count == 0 ? 0 : lines.Max(l => l.Text.Length));
        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i].Text;
            var key = Chrome.Key(text, keyBuffer);
            var trailing = i >= trailingStart;
            outlet ??= Chrome.OutletOnAggregator(text);
            if (kept.Count > 0 && Chrome.IsTeaserHeadingKey(key))
            {
                inTeasers = true;
                continue;
            }

            // Under a "Related" heading, story links run until the article's prose resumes.
            inTeasers &= !IsProse(text, words[i]);
            if (i >= cut || inTeasers || Chrome.IsAnywhere(text, key) || (trailing && Chrome.IsTrailing(text, key)))
            {
                continue;
            }

            kept.Add(lines[i]);
        }

        ArrayPool<char>.Shared.Return(keyBuffer);
        return new ChromeResult(kept, outlet, author);
    }

    /// <summary>
    /// The first line of the second half of the text by words, not lines: a table or list of
    /// short lines early on must not make the middle of the article look like its end.
    /// </summary>
    private static int SecondHalfStart(int[] words)
    {
        var total = words.Sum();
        var seen = 0;
        for (var i = 0; i < words.Length; i++)
        {
            if (seen * 2 >= total)
            {
                return i;
            }

            seen += words[i];
        }

        return words.Length;
    }

    private static (int Cut, string? Author) FindCut(IReadOnlyList<TextLine> lines, int[] words, int trailingStart)
    {
        // An "About Jane Doe" box describes the author, who seldom appears in her own story's prose
        // (only in its byline); a name the story discusses makes the line a subheading instead.
        // Built only when an author box turns up: counting every phrase of the prose is not cheap.
        var prose = new Lazy<Mentions>(() => new Mentions(lines.Select(l => l.Text).Where(t => LineShape.WordCount(t) >= ProseWords)));
        var proseSeen = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i].Text;
            if (i >= trailingStart && proseSeen && Chrome.IsCutMarker(text, out var boxName)
                && (boxName is null || !prose.Value.InOtherLines(PersonName.Surname(boxName))))
            {
                return (i, boxName);
            }

            proseSeen |= words[i] >= ProseWords;
        }

        return (lines.Count, null);
    }

    /// <summary>A full sentence; a teaser cut short with an ellipsis is not.</summary>
    private static bool IsProse(string line, int words) =>
        words >= ProseWords && LineShape.EndsSentence(line)
        && !line.EndsWith('…') && !line.EndsWith("...", StringComparison.Ordinal);
}
