namespace NewsAggregator.Core.Comparison;

/// <summary>
/// Splits a paragraph into sentences. A full stop ends a sentence only when whitespace and a capital,
/// digit or opening quote follow, and not after a title ("Dr."), an initial ("J.") or a dotted
/// acronym ("U.S."), unless the acronym is followed by a word that usually opens a sentence.
/// </summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm",
        "maj", "st", "jr", "sr", "inc", "ltd", "co", "corp", "vs", "no", "nos", "jan", "feb", "apr", "jun",
        "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "est", "dept", "mt", "ft", "fig", "vol",
        "rev", "hon", "pres", "supt", "messrs", "mme", "mlle", "op", "ed",
    };

    /// <summary>Capitalised words that, after a dotted acronym, show that a new sentence began.</summary>
    private static readonly HashSet<string> SentenceOpeners = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those", "But",
        "And", "However", "In", "On", "At", "His", "Her", "Their", "There", "Its", "As", "After", "Meanwhile",
        "While", "When", "If", "Still", "Yet", "So", "Some", "Many", "Officials", "Both", "For",
    };

    private const string Closers = "\"”’')]»";
    private const string Openers = "\"“‘'([«";

    public static IReadOnlyList<string> Split(string paragraph)
    {
        var sentences = new List<string>();
        var text = paragraph;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is not ('.' or '!' or '?' or '…'))
            {
                continue;
            }

            var end = i + 1;
            while (end < text.Length && (text[end] is '.' or '!' or '?' or '…' || Closers.Contains(text[end], StringComparison.Ordinal)))
            {
                end++;
            }

            if (end >= text.Length || !char.IsWhiteSpace(text[end]))
            {
                continue;
            }

            var next = end;
            while (next < text.Length && char.IsWhiteSpace(text[next]))
            {
                next++;
            }

            if (next >= text.Length)
            {
                break;
            }

            var n = text[next];
            if (!(char.IsUpper(n) || char.IsDigit(n) || Openers.Contains(n, StringComparison.Ordinal)))
            {
                continue;
            }

            if (c == '.' && end == i + 1 && IsAbbreviation(text, i, next))
            {
                continue;
            }

            Add(sentences, text[start..end]);
            start = next;
            i = next - 1;
        }

        Add(sentences, text[start..]);
        return sentences;
    }

    private static void Add(List<string> sentences, string sentence)
    {
        var trimmed = sentence.Trim();
        if (trimmed.Length > 0)
        {
            sentences.Add(trimmed);
        }
    }

    /// <summary>Whether the full stop at <paramref name="dot"/> closes an abbreviation rather than a sentence.</summary>
    private static bool IsAbbreviation(string text, int dot, int nextWordStart)
    {
        var wordStart = dot;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        var word = text[wordStart..dot];
        if (word.Length == 0)
        {
            return false;
        }

        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true;
        }

        if (word.Contains('.', StringComparison.Ordinal))
        {
            var nextWordEnd = nextWordStart;
            while (nextWordEnd < text.Length && char.IsLetter(text[nextWordEnd]))
            {
                nextWordEnd++;
            }

            return !SentenceOpeners.Contains(text[nextWordStart..nextWordEnd]);
        }

        return Abbreviations.Contains(word);
    }
}
