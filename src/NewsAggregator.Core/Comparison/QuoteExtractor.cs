namespace NewsAggregator.Core.Comparison;

/// <summary>A quotation in one report: its speaker (when found) and its sentences.</summary>
internal sealed record ExtractedQuote(int ArticleIndex, int Ordinal, string? Speaker, IReadOnlyList<string> Segments);

/// <summary>
/// Finds quoted passages (straight or curly double quotes) and their speakers. The speaker comes from
/// the attribution after the quote when the quote ends on a comma, question or exclamation mark
/// ("…," Zelenskyy said / said Zelenskyy / he remarked), otherwise from a speech verb earlier in the
/// same sentence ("Zelensky stated on Telegram, “…”", "…, saying, “…”"). "He"/"she" resolve to the
/// last person named before them. A quote interrupted by its attribution ("…," he said. "…") is one
/// quote, and so is a quote carried over into the next paragraph.
/// </summary>
internal static class QuoteExtractor
{
    private const int MaxAttributionWords = 12;
    private const int PronounContextParagraphs = 3;

    /// <summary>How far back (in characters) attribution and pronoun searches look, so long texts stay linear.</summary>
    private const int MaxLookBack = 2000;

    /// <summary>An attribution follows its quote closely; no need to read further than this.</summary>
    private const int MaxLookAhead = 300;

    public static IReadOnlyList<ExtractedQuote> Extract(int articleIndex, IReadOnlyList<string> paragraphs, SpeakerLexicon lexicon)
    {
        var quotes = new List<QuoteBuilder>();
        QuoteBuilder? carried = null;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var text = paragraphs[p] ?? "";
            var spans = FindSpans(text);
            var firstParagraph = Math.Max(0, p - PronounContextParagraphs);
            string PriorText(int position)
            {
                var prior = string.Join(" ", paragraphs.Skip(firstParagraph).Take(p - firstParagraph)) + " " + text[..position];
                return prior.Length <= MaxLookBack ? prior : prior[^MaxLookBack..];
            }

            var fromPrevious = carried;
            carried = null;
            var group = new List<(Span Span, string? Speaker)>();
            void Flush()
            {
                // A paragraph that opens with a quote after one was left open continues that quote.
                var continues = group[0].Span.Open < 0 || group[0].Span.Open == FirstNonSpace(text);
                var builder = fromPrevious is not null && continues ? fromPrevious : null;
                if (builder is null)
                {
                    builder = new QuoteBuilder(articleIndex, quotes.Count);
                    quotes.Add(builder);
                }

                fromPrevious = null;
                builder.Append(group);
                carried = group[^1].Span.Closed ? null : builder;
                group.Clear();
            }

            foreach (var span in spans)
            {
                var speaker = SpeakerAfter(text, span, spans, lexicon, PriorText) ?? SpeakerBefore(text, span, spans, lexicon, PriorText);
                if (group.Count > 0 && !ContinuesQuote(text, group[^1], span, speaker))
                {
                    Flush();
                }

                group.Add((span, speaker));
            }

            if (group.Count > 0)
            {
                Flush();
            }
        }

        return [.. quotes.Select(q => q.ToQuote()).Where(q => q.Segments.Count > 0)];
    }

    private static int FirstNonSpace(string text)
    {
        var i = 0;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>
    /// Open is the opening mark's index, -1 when the paragraph starts inside a quote begun earlier;
    /// Close is the closing mark's index (the text's length when the quote is left open).
    /// </summary>
    private sealed record Span(int Open, int Close, bool Closed, string Inner);

    private static List<Span> FindSpans(string text)
    {
        var spans = new List<Span>();
        var open = -1;
        var inside = false;
        for (var i = 0; i < text.Length; i++)
        {
            var mark = MarkAt(text, i);
            if (mark == Mark.None)
            {
                continue;
            }

            if (!inside)
            {
                if (mark == Mark.Closing && spans.Count == 0)
                {
                    // The paragraph began inside a quote: everything so far belongs to it.
                    spans.Add(new Span(-1, i, true, text[..i]));
                    continue;
                }

                if (mark != Mark.Closing)
                {
                    open = i;
                    inside = true;
                }
            }
            else if (mark == Mark.Opening && text[i] != '"')
            {
                // A new curly opening mark before any closing one: the earlier quote was left open.
                spans.Add(new Span(open, i, false, text[(open + 1)..i]));
                open = i;
            }
            else
            {
                spans.Add(new Span(open, i, true, text[(open + 1)..i]));
                inside = false;
            }
        }

        if (inside)
        {
            spans.Add(new Span(open, text.Length, false, text[(open + 1)..]));
        }

        return [.. spans.Where(s => s.Inner.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 2)];
    }

    private enum Mark
    {
        None,
        Opening,
        Closing,
        Either,
    }

    /// <summary>
    /// Curly marks say which way they face; a straight mark opens after a space and before a word,
    /// closes after a word and before a space or punctuation, and is otherwise taken in turn.
    /// </summary>
    private static Mark MarkAt(string text, int i)
    {
        switch (text[i])
        {
            case '“' or '„' or '«':
                return Mark.Opening;
            case '”' or '»':
                return Mark.Closing;
            case '"':
                var before = i == 0 ? ' ' : text[i - 1];
                var after = i + 1 >= text.Length ? ' ' : text[i + 1];
                var spaceBefore = char.IsWhiteSpace(before) || before is '(' or '[' or '—' or '–';
                var spaceAfter = char.IsWhiteSpace(after) || char.IsPunctuation(after);
                return spaceBefore && !spaceAfter ? Mark.Opening
                    : !spaceBefore && spaceAfter ? Mark.Closing
                    : Mark.Either;
            default:
                return Mark.None;
        }
    }

    /// <summary>Whether <paramref name="next"/> carries on the quote in <paramref name="last"/>: only an attribution (or nothing) stands between.</summary>
    private static bool ContinuesQuote(string text, (Span Span, string? Speaker) last, Span next, string? nextSpeaker)
    {
        if (!last.Span.Closed)
        {
            return false;
        }

        if (last.Speaker is not null && nextSpeaker is not null && !SpeakerLexicon.SamePerson(last.Speaker, nextSpeaker))
        {
            return false;
        }

        var between = FigureLexer.Tokenize(text[(last.Span.Close + 1)..next.Open]);
        var words = between.Count(t => t.IsWord);
        return words == 0 || (words <= MaxAttributionWords && between.Any(SpeechPatterns.IsSpeechVerb));
    }

    private static string? SpeakerAfter(string text, Span span, List<Span> spans, SpeakerLexicon lexicon, Func<int, string> priorText)
    {
        if (!span.Closed)
        {
            return null;
        }

        var start = span.Close + 1;
        var nextOpen = Math.Min(spans.FirstOrDefault(s => s.Open > span.Close)?.Open ?? text.Length, start + MaxLookAhead);
        var after = text[start..nextOpen];
        var inner = span.Inner.TrimEnd();
        var endsOpen = inner.Length > 0 && inner[^1] is ',' or '?' or '!' or '—' or '–' or '-';
        if (!endsOpen && !after.TrimStart().StartsWith(','))
        {
            return null;
        }

        var tokens = FigureLexer.Tokenize(after).ToList();
        var limit = tokens.FindIndex(t => t.Kind == FigureTokenKind.Punctuation && t.Text is "." or ";" or ":");
        if (limit >= 0)
        {
            tokens = [.. tokens.Take(limit)];
        }

        var wordsSeen = 0;
        for (var v = 0; v < tokens.Count && wordsSeen < 8; v++)
        {
            if (!tokens[v].IsWord)
            {
                continue;
            }

            wordsSeen++;
            if (tokens[v].Lower == "according" && v + 1 < tokens.Count && tokens[v + 1].Lower == "to")
            {
                return NameStartingAt(tokens, v + 2, lexicon);
            }

            if (!SpeechPatterns.IsSpeechVerb(tokens[v]))
            {
                continue;
            }

            var subjectEnd = SpeechPatterns.SubjectEnd(tokens, v - 1);
            if (subjectEnd >= 0 && tokens[subjectEnd].IsWord)
            {
                return SubjectEndingAt(tokens, subjectEnd, lexicon, () => priorText(start + tokens[subjectEnd].Start));
            }

            // "…," said Zelenskyy / said the official.
            return NameStartingAt(tokens, v + 1, lexicon);
        }

        return null;
    }

    private static string? SpeakerBefore(string text, Span span, List<Span> spans, SpeakerLexicon lexicon, Func<int, string> priorText)
    {
        if (span.Open < 0)
        {
            return null;
        }

        var prefixStart = Math.Max(0, span.Open - MaxLookBack);
        var prefix = text[prefixStart..span.Open];
        var sentences = SentenceSplitter.Split(prefix);
        var clauseStart = prefixStart + (sentences.Count == 0 ? 0 : Math.Max(0, prefix.LastIndexOf(sentences[^1], StringComparison.Ordinal)));
        var previous = spans.LastOrDefault(s => s.Close < span.Open);
        if (previous is not null)
        {
            clauseStart = Math.Max(clauseStart, previous.Close + 1);
        }

        var clause = text[clauseStart..span.Open];
        var tokens = FigureLexer.Tokenize(clause);
        for (var v = tokens.Count - 1; v >= 0; v--)
        {
            if (tokens[v].Lower == "according" && v + 1 < tokens.Count && tokens[v + 1].Lower == "to")
            {
                return NameStartingAt(tokens, v + 2, lexicon);
            }

            if (!SpeechPatterns.IsSpeechVerb(tokens[v]))
            {
                continue;
            }

            var subjectEnd = SpeechPatterns.SubjectEnd(tokens, v - 1);
            if (subjectEnd >= 0 && tokens[subjectEnd].IsWord
                && SubjectEndingAt(tokens, subjectEnd, lexicon, () => priorText(clauseStart + tokens[subjectEnd].Start)) is { } subject)
            {
                return subject;
            }

            // "…, saying, “…”": the speaker is the sentence's subject, the first person it names.
            return lexicon.FirstNamedIn(clause[..tokens[v].Start]);
        }

        return null;
    }

    private static string? SubjectEndingAt(IReadOnlyList<FigureToken> tokens, int end, SpeakerLexicon lexicon, Func<string> priorText)
    {
        if (SpeechPatterns.IsPronoun(tokens[end]))
        {
            return lexicon.LastNamedIn(priorText());
        }

        if (SpeechPatterns.CapitalisedRunEndingAt(tokens, end) is { } run
            && SpeechPatterns.CleanName(tokens, run.Start, run.End) is { } name)
        {
            return lexicon.Canonical(name);
        }

        return SpeechPatterns.DescriptionEndingAt(tokens, end);
    }

    private static string? NameStartingAt(IReadOnlyList<FigureToken> tokens, int start, SpeakerLexicon lexicon)
    {
        if (SpeechPatterns.CapitalisedRunStartingAt(tokens, start) is { } run
            && SpeechPatterns.CleanName(tokens, run.Start, run.End) is { } name)
        {
            return lexicon.Canonical(name);
        }

        return SpeechPatterns.DescriptionStartingAt(tokens, start) is { } description ? lexicon.Canonical(description) : null;
    }

    private sealed class QuoteBuilder(int articleIndex, int ordinal)
    {
        private readonly List<string> _segments = [];
        private string? _speaker;

        public void Append(List<(Span Span, string? Speaker)> parts)
        {
            foreach (var (span, speaker) in parts)
            {
                _speaker ??= speaker;
                var inner = span.Inner.Trim();
                var sentences = SentenceSplitter.Split(inner).Select(Clean).Where(s => s.Length > 0).ToList();
                if (sentences.Count == 0)
                {
                    continue;
                }

                // "I think," he said, "that we will win": the second part finishes the first sentence.
                if (_segments.Count > 0 && char.IsLower(sentences[0][0]))
                {
                    _segments[^1] = $"{_segments[^1]} {sentences[0]}";
                    sentences.RemoveAt(0);
                }

                _segments.AddRange(sentences);
            }
        }

        public ExtractedQuote ToQuote() =>
            new(articleIndex, ordinal, _speaker, [.. _segments.Where(s => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 2)]);

        private static string Clean(string segment) => segment.Trim().Trim('‘', '’', '\'', '"', '“', '”').TrimEnd(',', ';', ':', '—', '–', '-', ' ').Trim();
    }
}
