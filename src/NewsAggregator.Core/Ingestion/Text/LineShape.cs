namespace NewsAggregator.Core.Ingestion.Text;

/// <summary>
/// Shape tests on a single line: how long it is, how it ends, how it is capitalised. The header,
/// heading and caption rules are all built from these, so they read the same way everywhere.
/// </summary>
internal static class LineShape
{
    /// <summary>Short words that do not decide whether a line is in title case.</summary>
    private static readonly HashSet<string> MinorWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "by", "with",
        "from", "as", "into", "over", "amid", "after", "than", "vs", "via", "per", "its", "his", "her",
    };

    /// <summary>Words a sentence cannot stop on, so a line ending with one continues on the next line.</summary>
    private static readonly HashSet<string> ConnectorWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "by", "with", "from",
        "that", "which", "who", "as", "is", "are", "was", "were", "has", "have", "had", "will", "would",
    };

    /// <summary>Words no headline ends on; a line ending with one was cut off.</summary>
    private static readonly HashSet<string> HeadlineCannotEndWith = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "and", "or", "of", "to", "with", "that", "-", "–", "—",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Connectors = ConnectorWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> HeadlineEnds = HeadlineCannotEndWith.GetAlternateLookup<ReadOnlySpan<char>>();

    public static string[] Words(string line) => line.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public static int WordCount(string line)
    {
        // Counts what Words would return without building it: called for every line several times.
        // A normalised line (TextLines) has single spaces and none at either end, so each space
        // parts two words, and vectorised searches answer without a loop over every character.
        var span = line.AsSpan();
        if (span.Length > 0 && span[0] != ' ' && span[^1] != ' ' && !span.Contains("  ", StringComparison.Ordinal))
        {
            return span.Count(' ') + 1;
        }

        var count = 0;
        var inWord = false;
        foreach (var c in line)
        {
            if (c == ' ')
            {
                inWord = false;
            }
            else if (!inWord)
            {
                inWord = true;
                count++;
            }
        }

        return count;
    }

    /// <summary>The last character that is not a closing quote or bracket.</summary>
    public static char LastMeaningfulChar(string line)
    {
        for (var i = line.Length - 1; i >= 0; i--)
        {
            if (line[i] is not ('"' or '”' or '’' or '\'' or ')' or ']' or '»' or ' '))
            {
                return line[i];
            }
        }

        return '\0';
    }

    /// <summary>True when the line ends the way a sentence does (period, question or exclamation mark).</summary>
    public static bool EndsSentence(string line) => LastMeaningfulChar(line) is '.' or '!' or '?' or '…';

    /// <summary>True when the line ends with a mark that headings never end with.</summary>
    public static bool EndsLikeProse(string line) => LastMeaningfulChar(line) is '.' or ',' or ';' or ':' or '…' or '!';

    public static bool EndsWithConnector(string line)
    {
        var last = LastWord(line);
        return last.Length > 0 && (Connectors.Contains(last) || last.EndsWith(',') || last.EndsWith('-'));
    }

    /// <summary>The last of <see cref="Words"/>, without splitting the line; empty when it has none.</summary>
    private static ReadOnlySpan<char> LastWord(string line)
    {
        var span = line.AsSpan().TrimEnd(' ');
        return span[(span.LastIndexOf(' ') + 1)..];
    }

    /// <summary>The first letter or digit, skipping opening quotes and brackets.</summary>
    public static char FirstMeaningfulChar(string line)
    {
        foreach (var c in line)
        {
            if (char.IsLetterOrDigit(c))
            {
                return c;
            }
        }

        return '\0';
    }

    public static bool StartsLowercase(string line) => char.IsLower(FirstMeaningfulChar(line));

    public static bool StartsWithQuote(string line) => line.Length > 0 && line[0] is '"' or '“' or '‘' or '\'' or '«';

    public static bool ContainsQuote(string line) => line.AsSpan().IndexOfAny("\"“”«»") >= 0;

    /// <summary>
    /// A line that could be a headline: short, starts with a capital or digit and does not end like
    /// a sentence. Questions and exclamations are fine; a final period is not.
    /// </summary>
    public static bool IsHeadlineLike(string line)
    {
        var words = WordCount(line);
        return line.Length is >= 3 and <= 160
            && words is >= 1 and <= 28
            && !StartsLowercase(line)
            && FirstMeaningfulChar(line) != '\0'
            && LastMeaningfulChar(line) is not ('.' or ',' or ';' or ':' or '…')
            && !HeadlineEnds.Contains(LastWord(line));
    }

    /// <summary>Share of the significant words (not minor words) that start with a capital letter.</summary>
    public static double CapitalisedShare(string line)
    {
        var significant = 0;
        var capitalised = 0;
        foreach (var word in Words(line))
        {
            var first = FirstMeaningfulChar(word);
            if (!char.IsLetter(first) || MinorWords.Contains(word.Trim('"', '“', '”', '‘', '’', '\'', '(', ')', ',')))
            {
                continue;
            }

            significant++;
            if (char.IsUpper(first))
            {
                capitalised++;
            }
        }

        return significant == 0 ? 0 : (double)capitalised / significant;
    }

    /// <summary>Compares two lines as a reader would: case, spacing and punctuation aside.</summary>
    public static bool SameText(string a, string b)
    {
        // Walks the letters and digits of both lines side by side, lower-cased one by one.
        int i = 0, j = 0, compared = 0;
        while (true)
        {
            while (i < a.Length && !char.IsLetterOrDigit(a[i]))
            {
                i++;
            }

            while (j < b.Length && !char.IsLetterOrDigit(b[j]))
            {
                j++;
            }

            if (i == a.Length || j == b.Length)
            {
                return i == a.Length && j == b.Length && compared > 0;
            }

            if (char.ToLowerInvariant(a[i]) != char.ToLowerInvariant(b[j]))
            {
                return false;
            }

            i++;
            j++;
            compared++;
        }
    }
}
