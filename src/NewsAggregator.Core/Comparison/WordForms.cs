using System.Text;

namespace NewsAggregator.Core.Comparison;

/// <summary>
/// Turns text into comparable word forms: lower case, contractions opened ("aren't" → "are not"),
/// possessives dropped, thousands separators removed, and a light suffix-stripping stem so that
/// "missiles", "missile" and "announced"/"announce" meet.
/// </summary>
public static class WordForms
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as",
        "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could",
        "did", "do", "does", "doing", "down", "during", "each", "few", "for", "from", "further", "had", "has",
        "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "i", "if", "in",
        "into", "is", "it", "its", "itself", "just", "may", "me", "might", "more", "most", "must", "my", "myself",
        "no", "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other", "our", "ours", "ourselves",
        "out", "over", "own", "same", "shall", "she", "should", "so", "some", "such", "than", "that", "the",
        "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this", "those", "through",
        "to", "too", "under", "until", "up", "very", "was", "we", "were", "what", "when", "where", "which",
        "while", "who", "whom", "whose", "why", "will", "with", "would", "you", "your", "yours", "yourself",
        "said", "says", "say", "according", "told", "since", "amid", "among", "upon", "within", "without",
        "s", "t", "mr", "ms", "mrs", "yet", "still", "however", "including", "across", "per", "via",
    };

    /// <summary>Every word, lower case, contractions opened, stop words kept.</summary>
    public static IReadOnlyList<string> Words(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
                continue;
            }

            // Thousands separators and decimal points stay inside numbers: "12,000", "56.2".
            if (c is ',' or '.' && word.Length > 0 && char.IsDigit(word[^1]) && i + 1 < text.Length && char.IsDigit(text[i + 1]))
            {
                if (c == '.')
                {
                    word.Append('.');
                }

                continue;
            }

            // Dotted acronyms are one word: "U.S." → "us", "U.N." → "un".
            if (c == '.' && word.Length > 0 && i + 2 < text.Length && char.IsLetter(text[i + 1]) && text[i + 2] == '.'
                && (word.Length == 1 || (word.Length <= 3 && i >= 2 && text[i - 2] == '.')))
            {
                continue;
            }

            if (c is '\'' or '’' && word.Length > 0 && i + 1 < text.Length && char.IsLetter(text[i + 1]))
            {
                var tailStart = i + 1;
                var tailEnd = tailStart;
                while (tailEnd < text.Length && char.IsLetter(text[tailEnd]))
                {
                    tailEnd++;
                }

                var tail = text[tailStart..tailEnd].ToLowerInvariant();
                var stem = word.ToString();
                word.Clear();
                if (tail == "t" && stem.EndsWith('n'))
                {
                    words.Add(OpenNegation(stem[..^1]));
                    words.Add("not");
                }
                else if (tail is "s" or "re" or "ll" or "ve" or "d" or "m")
                {
                    words.Add(stem);
                }
                else
                {
                    // An apostrophe inside a name ("O'Brien"): keep the word whole.
                    word.Append(stem).Append(tail);
                }

                i = tailEnd - 1;
                continue;
            }

            if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        return words;
    }

    /// <summary>Distinct stems of the content words: what sentence and quote similarity compare.</summary>
    public static HashSet<string> ContentStems(string text)
    {
        var stems = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in Words(text))
        {
            if (word.Length > 1 && !IsStopWord(word))
            {
                stems.Add(Stem(word));
            }
        }

        return stems;
    }

    /// <summary>Distinct stems of all words, stop words included: short quotes need them.</summary>
    public static HashSet<string> AllStems(string text) => Words(text).Select(Stem).ToHashSet(StringComparer.Ordinal);

    public static bool IsStopWord(string lowerWord) => StopWords.Contains(lowerWord);

    public static string Stem(string word)
    {
        if (word.Length <= 3 || !char.IsLetter(word[0]))
        {
            return word;
        }

        var w = word;
        if (w.EndsWith("ies", StringComparison.Ordinal) && w.Length > 4)
        {
            w = w[..^3] + "y";
        }
        else if (w.EndsWith("sses", StringComparison.Ordinal))
        {
            w = w[..^2];
        }
        else if (w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal) && !w.EndsWith("is", StringComparison.Ordinal))
        {
            w = w[..^1];
        }

        // Demonyms meet their country: "Russian"/"Russia", "Ukrainian"/"Ukraine", "Korean"/"Korea".
        if (w.EndsWith("ian", StringComparison.Ordinal) && w.Length >= 7)
        {
            return w[..^3];
        }

        if (w.EndsWith("ia", StringComparison.Ordinal) && w.Length >= 6)
        {
            return w[..^2];
        }

        if ((w.EndsWith("ean", StringComparison.Ordinal) || w.EndsWith("ican", StringComparison.Ordinal)) && w.Length >= 6)
        {
            return w[..^1];
        }

        if (w.EndsWith("ment", StringComparison.Ordinal) && w.Length > 8)
        {
            return w[..^4];
        }

        if (w.EndsWith("ing", StringComparison.Ordinal) && w.Length > 5)
        {
            w = w[..^3];
        }
        else if (w.EndsWith("ed", StringComparison.Ordinal) && w.Length > 4)
        {
            w = w[..^2];
        }

        if (w.EndsWith('e') && w.Length > 4)
        {
            w = w[..^1];
        }

        return w;
    }

    private static string OpenNegation(string stem) => stem switch
    {
        "wo" => "will",
        "ca" => "can",
        "sha" => "shall",
        _ => stem,
    };

    /// <summary>Dice coefficient of two sets: 2|A∩B| / (|A|+|B|).</summary>
    public static double Dice(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        return 2.0 * Shared(a, b) / (a.Count + b.Count);
    }

    public static int Shared(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var shared = 0;
        foreach (var item in small)
        {
            if (large.Contains(item))
            {
                shared++;
            }
        }

        return shared;
    }
}
