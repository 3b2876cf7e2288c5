namespace NewsAggregator.Core.Ingestion.Text;

/// <summary>
/// Turns the body lines into blocks. When blank lines separate the body into several groups,
/// each group is a paragraph (hard-wrapped lines are joined); when there are hardly any blank
/// lines, each line is a paragraph, except that a line whose sentence runs on is joined with the
/// next and text wrapped at a fixed width is rejoined. Headings, captions and list items stand
/// alone in either case.
/// </summary>
internal static class BlockAssembler
{
    /// <summary>Fewer groups than this means blank lines only set off a title or lead.</summary>
    private const int MinGroupsForBlankLineParagraphs = 3;
    private const int MaxHeadingWords = 12;
    private const int MaxHeadingLength = 90;
    private const int MinWrappedLines = 4;
    private const int MaxWrapWidth = 100;

    private enum Shape
    {
        Text,
        HeadingCandidate,
        Heading,
        Caption,
        ListItem,
    }

    public static List<ContentBlock> Assemble(IReadOnlyList<TextLine> lines)
    {
        var groups = lines.Select(l => l.Group).Distinct().Count();
        var byGroup = groups >= MinGroupsForBlankLineParagraphs;
        var wrapWidth = HardWrapWidth(lines);
        // Built on first use: counting every phrase of the text is not cheap, and only name-like lines ask.
        var mentions = new Lazy<Mentions>(() => new Mentions(lines.Select(l => l.Text)));

        // Never more units than lines: sized so, the list is not regrown.
        var units = new List<(Shape Shape, string Text)>(lines.Count);

        // The run of text lines being joined into one paragraph, from runStart to runEnd; none when runStart is -1.
        int runStart = -1, runEnd = -1;
        void Flush()
        {
            if (runStart >= 0)
            {
                units.Add((Shape.Text, Join(lines, runStart, runEnd)));
                runStart = -1;
            }
        }

        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i].Text;
            var newGroup = i > 0 && lines[i].Group != lines[i - 1].Group;
            var shape = Classify(lines, i, byGroup, mentions);
            if (shape != Shape.Text)
            {
                Flush();
                units.Add((shape, Markdown.HeadingText(text) ?? Markdown.ListItemText(text) ?? text));
                continue;
            }

            var joins = runStart >= 0 && !newGroup && (byGroup || Continues(lines[i - 1].Text, text)
                || (wrapWidth > 0 && !EndsShortParagraphLine(lines[i - 1].Text, wrapWidth)));
            if (!joins)
            {
                Flush();
                runStart = i;
            }

            runEnd = i;
        }

        Flush();
        return [.. units.Select((u, i) => new ContentBlock(KindOf(units, i), u.Text))];
    }

    /// <summary>
    /// The lines from <paramref name="start"/> to <paramref name="end"/> joined by spaces. A
    /// paragraph of one line, as most are in files with a line per paragraph, is that line's own string.
    /// </summary>
    private static string Join(IReadOnlyList<TextLine> lines, int start, int end)
    {
        if (start == end)
        {
            return lines[start].Text;
        }

        var length = end - start;
        for (var i = start; i <= end; i++)
        {
            length += lines[i].Text.Length;
        }

        return string.Create(length, (lines, start, end), static (span, run) =>
        {
            var at = 0;
            for (var i = run.start; i <= run.end; i++)
            {
                if (i > run.start)
                {
                    span[at++] = ' ';
                }

                run.lines[i].Text.CopyTo(span[at..]);
                at += run.lines[i].Text.Length;
            }
        });
    }

    private static Shape Classify(IReadOnlyList<TextLine> lines, int i, bool byGroup, Lazy<Mentions> mentions)
    {
        var text = lines[i].Text;
        if (Markdown.HeadingText(text) is not null)
        {
            return Shape.Heading;
        }

        if (Markdown.ListItemText(text) is not null)
        {
            return Shape.ListItem;
        }

        if (Caption.IsCaption(text) || (PersonName.IsNameLine(text) && mentions.Value.InOtherLines(text)))
        {
            return Shape.Caption;
        }

        return IsHeadingShaped(lines, i, byGroup) ? Shape.HeadingCandidate : Shape.Text;
    }

    /// <summary>
    /// A short line that does not end like prose and is followed by a new sentence. Whether it
    /// heads anything is settled once the following block is known.
    /// </summary>
    private static bool IsHeadingShaped(IReadOnlyList<TextLine> lines, int i, bool byGroup)
    {
        var text = lines[i].Text;
        if (i + 1 >= lines.Count)
        {
            return false;
        }

        // Between sentences on consecutive lines, a question or exclamation is prose; set apart by blank lines it can head a section.
        var alone = (i == 0 || lines[i - 1].Group != lines[i].Group) && lines[i + 1].Group != lines[i].Group;
        if (LineShape.LastMeaningfulChar(text) is '?' or '!' && !(byGroup && alone))
        {
            return false;
        }

        var previousEndsSentence = i == 0 || lines[i - 1].Group != lines[i].Group || LineShape.EndsSentence(lines[i - 1].Text);
        return previousEndsSentence
            && LineShape.WordCount(text) <= MaxHeadingWords
            && text.Length <= MaxHeadingLength
            && LineShape.IsHeadlineLike(text)
            && !LineShape.EndsLikeProse(text)
            && !LineShape.StartsWithQuote(text)
            && !LineShape.StartsLowercase(lines[i + 1].Text);
    }

    /// <summary>
    /// The width text was wrapped at, when every line fits within it and most stop mid-sentence
    /// (e-mail, old wire copy); 0 when lines are whole paragraphs or sentences.
    /// </summary>
    private static int HardWrapWidth(IReadOnlyList<TextLine> lines)
    {
        if (lines.Count < MinWrappedLines)
        {
            return 0;
        }

        var widest = lines.Max(l => l.Text.Length);
        var midSentence = lines.Count(l => !LineShape.EndsSentence(l.Text));
        return widest <= MaxWrapWidth && midSentence * 2 >= lines.Count ? widest : 0;
    }

    /// <summary>In wrapped text a paragraph ends on a sentence that stops well short of the margin.</summary>
    private static bool EndsShortParagraphLine(string line, int wrapWidth) =>
        LineShape.EndsSentence(line) && line.Length < wrapWidth * 3 / 4;

    /// <summary>Hard-wrapped prose: the line stops mid-sentence and the next carries on.</summary>
    private static bool Continues(string previous, string next) =>
        !LineShape.EndsSentence(previous)
        && (LineShape.StartsLowercase(next) || LineShape.EndsWithConnector(previous));

    private static BlockKind KindOf(List<(Shape Shape, string Text)> units, int i) => units[i].Shape switch
    {
        Shape.Heading => BlockKind.Subheading,
        Shape.Caption => BlockKind.Caption,
        Shape.ListItem => BlockKind.ListItem,
        // A heading heads the text after it; with nothing but another heading below, it is a line of text.
        Shape.HeadingCandidate => i + 1 < units.Count && units[i + 1].Shape is Shape.Text or Shape.ListItem or Shape.Caption
            ? BlockKind.Subheading
            : BlockKind.Paragraph,
        _ => BlockKind.Paragraph,
    };
}
