namespace NewsAggregator.Core.Ingestion.Text;

/// <summary>What the top of a file says about the article, and where its body starts.</summary>
internal sealed record Header
{
    public string? Title { get; init; }
    public string? Deck { get; init; }
    public string? Byline { get; init; }
    public string? Outlet { get; init; }
    public DateTimeOffset? Published { get; init; }

    /// <summary>Name labels under the headline ("Joe Biden" under a photo).</summary>
    public IReadOnlyList<string> Captions { get; init; } = [];

    public int BodyStart { get; init; }
}

/// <summary>
/// Reads the top of a file: site navigation, the headline, and the lines that cluster under a
/// headline on news pages — a repeat of it, a deck, the byline, the date, a photo's name label —
/// in whatever order they come.
/// </summary>
internal static class HeaderReader
{
    private const int MaxTopChrome = 5;
    private const int MaxUnderTitle = 8;
    private const int MinDeckWords = 4;
    private const int MaxDeckWords = 35;
    private const int MaxStatementTitleWords = 10;
    private const int MaxStatementTitleLength = 80;

    /// <param name="lines">The lines after front matter and furniture removal.</param>
    /// <param name="statedTitle">A title from front matter; a copy of it in the text is dropped.</param>
    public static Header Read(IReadOnlyList<TextLine> lines, string? statedTitle)
    {
        var i = 0;
        string? outlet = null;
        while (i < lines.Count && i < MaxTopChrome && Chrome.IsTop(lines[i].Text, out var site))
        {
            outlet ??= site;
            i++;
        }

        var title = statedTitle;
        if (i < lines.Count)
        {
            var first = lines[i].Text;
            if (statedTitle is not null && LineShape.SameText(first, statedTitle))
            {
                i++;
            }
            else if (statedTitle is null && Markdown.HeadingText(first) is { } heading)
            {
                title = heading;
                i++;
            }
            else if (statedTitle is null && IsTitleLine(lines, i))
            {
                (title, var suffixOutlet) = SplitOutletSuffix(first);
                outlet ??= suffixOutlet;
                i++;
            }
        }

        // Built on first use: counting every phrase of the text is not cheap, and most headers never ask.
        var mentions = new Lazy<Mentions>(() => new Mentions(lines.Select(l => l.Text)));
        string? deck = null, byline = null;
        DateTimeOffset? published = null;
        var captions = new List<string>();
        for (var read = 0; read < MaxUnderTitle && i < lines.Count; read++, i++)
        {
            var text = lines[i].Text;
            if (title is not null && LineShape.SameText(text, title))
            {
                continue;
            }

            if (DateLine.TryRead(text, out var date))
            {
                published ??= date;
                continue;
            }

            if (PersonName.TryReadByline(text, out var named))
            {
                byline ??= named;
                continue;
            }

            if (PersonName.IsNameLine(text))
            {
                // A name the story itself talks about labels a photo of that person; an author's name does not recur.
                if (mentions.Value.InOtherLines(text) || (title is not null && title.Contains(PersonName.Surname(text), StringComparison.Ordinal)))
                {
                    captions.Add(text);
                }
                else
                {
                    byline ??= text;
                }

                continue;
            }

            if (title is not null && deck is null && byline is null && captions.Count == 0 && IsDeckLine(lines, i))
            {
                deck = text;
                continue;
            }

            break;
        }

        return new Header
        {
            Title = title,
            Deck = deck,
            Byline = byline,
            Outlet = outlet,
            Published = published,
            Captions = captions,
            BodyStart = i,
        };
    }

    private static bool IsTitleLine(IReadOnlyList<TextLine> lines, int i)
    {
        var text = lines[i].Text;
        return (LineShape.IsHeadlineLike(text) || IsShortStatementAlone(lines, i))
            && !ContinuesOnNextLine(lines, i)
            && !PersonName.TryReadByline(text, out _)
            && !DateLine.TryRead(text, out _)
            && !Credits.IsCreditLine(text);
    }

    /// <summary>
    /// Some headlines are written as a short sentence with a period ("Palin appointee under federal
    /// indictment."); set apart by a blank line above a longer text, such a line is still a headline.
    /// </summary>
    private static bool IsShortStatementAlone(IReadOnlyList<TextLine> lines, int i)
    {
        var text = lines[i].Text;
        return LineShape.WordCount(text) <= MaxStatementTitleWords
            && text.Length <= MaxStatementTitleLength
            && LineShape.LastMeaningfulChar(text) == '.'
            && !LineShape.StartsLowercase(text)
            && TitleDeriver.FirstSentence(text).Length == text.Length
            && i + 2 < lines.Count
            && lines[i + 1].Group != lines[i].Group;
    }

    private static bool IsDeckLine(IReadOnlyList<TextLine> lines, int i)
    {
        var text = lines[i].Text;
        var words = LineShape.WordCount(text);
        return words is >= MinDeckWords and <= MaxDeckWords
            && LineShape.IsHeadlineLike(text)
            && !LineShape.EndsSentence(text)
            && i + 1 < lines.Count
            && !ContinuesOnNextLine(lines, i)
            && Markdown.ListItemText(text) is null
            && !Caption.IsCaption(text);
    }

    /// <summary>A line whose sentence runs on into the next line of the same paragraph (hard-wrapped text).</summary>
    public static bool ContinuesOnNextLine(IReadOnlyList<TextLine> lines, int i) =>
        i + 1 < lines.Count && lines[i + 1].Group == lines[i].Group && LineShape.StartsLowercase(lines[i + 1].Text);

    /// <summary>"Headline | Example News" names the outlet after the bar, as page titles do.</summary>
    private static (string Title, string? Outlet) SplitOutletSuffix(string line)
    {
        var bar = line.LastIndexOf(" | ", StringComparison.Ordinal);
        if (bar > 0)
        {
            var suffix = line[(bar + 3)..].Trim();
            if (LineShape.WordCount(suffix) <= 4 && LineShape.WordCount(line[..bar]) >= 3)
            {
                return (line[..bar].Trim(), suffix);
            }
        }

        return (line, null);
    }
}
