namespace NewsAggregator.Core.Comparison;

internal enum FigureTokenKind
{
    Word,
    Number,
    Currency,
    Percent,
    Punctuation,
}

/// <summary>A token of a sentence with its place, so the extractor can tell "F-16" from "16 jets".</summary>
internal readonly record struct FigureToken(FigureTokenKind Kind, string Text, int Start, int End)
{
    public bool IsWord => Kind == FigureTokenKind.Word;

    public string Lower => Text.ToLowerInvariant();
}

/// <summary>Cuts a sentence into words (hyphenated and dotted ones whole), numbers, symbols and punctuation.</summary>
internal static class FigureLexer
{
    public static IReadOnlyList<FigureToken> Tokenize(string text)
    {
        var tokens = new List<FigureToken>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var start = i;
            if (char.IsDigit(c))
            {
                i++;
                while (i < text.Length && (char.IsDigit(text[i]) || (text[i] is ',' or '.' && i + 1 < text.Length && char.IsDigit(text[i + 1]))))
                {
                    i++;
                }

                tokens.Add(new FigureToken(FigureTokenKind.Number, text[start..i], start, i));
                continue;
            }

            if (char.IsLetter(c))
            {
                i++;
                while (i < text.Length && (char.IsLetter(text[i]) || IsInnerJoiner(text, i)))
                {
                    i++;
                }

                tokens.Add(new FigureToken(FigureTokenKind.Word, text[start..i], start, i));
                continue;
            }

            var kind = c switch
            {
                '$' or '€' or '£' => FigureTokenKind.Currency,
                '%' => FigureTokenKind.Percent,
                _ => FigureTokenKind.Punctuation,
            };
            tokens.Add(new FigureToken(kind, c.ToString(), start, start + 1));
            i++;
        }

        return tokens;
    }

    /// <summary>Hyphens, apostrophes and acronym dots that keep a word together: "long-range", "U.S.".</summary>
    private static bool IsInnerJoiner(string text, int i)
    {
        var c = text[i];
        var nextIsLetter = i + 1 < text.Length && char.IsLetter(text[i + 1]);
        return c switch
        {
            '-' or '\'' or '’' => nextIsLetter,

            // "U.S." keeps its dots, the last one too, but "end. The" does not.
            '.' => (nextIsLetter && i >= 1 && IsSingleLetterBefore(text, i))
                || (i >= 2 && text[i - 2] == '.' && char.IsLetter(text[i - 1])),
            _ => false,
        };
    }

    private static bool IsSingleLetterBefore(string text, int dot) =>
        char.IsLetter(text[dot - 1]) && (dot == 1 || !char.IsLetter(text[dot - 2]));
}
