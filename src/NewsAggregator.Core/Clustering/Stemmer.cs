namespace NewsAggregator.Core.Clustering;

/// <summary>
/// A deliberately light suffix stripper: it only has to make "authorizes", "authorized" and
/// "authorizing" meet, not produce dictionary stems.
/// </summary>
public static class Stemmer
{
    public static string Stem(string word)
    {
        var (length, endsInY) = StemShape(word);
        return endsInY ? string.Concat(word.AsSpan(0, length), "y") : word[..length];
    }

    /// <summary>The stem with a prefix, built in one allocation: <c>Term("w:", "troops")</c> is "w:troop".</summary>
    public static string Term(string prefix, string word)
    {
        var (length, endsInY) = StemShape(word);
        return string.Create(prefix.Length + length + (endsInY ? 1 : 0), (prefix, word, length, endsInY), static (span, s) =>
        {
            s.prefix.CopyTo(span);
            s.word.AsSpan(0, s.length).CopyTo(span[s.prefix.Length..]);
            if (s.endsInY)
            {
                span[^1] = 'y';
            }
        });
    }

    /// <summary>The stem as a length of the word's prefix, and whether a "y" follows it ("-ies" words).</summary>
    private static (int Length, bool EndsInY) StemShape(string word)
    {
        var w = word.AsSpan();
        if (w.Length > 4 && w.EndsWith("ies", StringComparison.Ordinal))
        {
            // "-ies" becomes "-y". Of the later rules only the doubled letter can apply, to "-yies".
            var kept = w.Length - 3;
            return kept + 1 > 3 && w[kept - 1] == 'y' ? (kept, false) : (kept, true);
        }

        if (w.Length > 5 && w.EndsWith("ing", StringComparison.Ordinal))
        {
            w = w[..^3];
        }
        else if (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal))
        {
            w = w[..^2];
        }
        else if (w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal)
            && !w.EndsWith("us", StringComparison.Ordinal) && !w.EndsWith("is", StringComparison.Ordinal))
        {
            w = w[..^1];
            if (w.Length > 3 && w.EndsWith('e'))
            {
                w = w[..^1];
            }
        }

        if (w.Length > 3 && w.EndsWith('e'))
        {
            w = w[..^1];
        }

        // "stopped" -> "stopp" -> "stop": doubled final consonants come from inflection.
        if (w.Length > 3 && w[^1] == w[^2] && w[^1] is not ('l' or 's' or 'z'))
        {
            w = w[..^1];
        }

        return (w.Length, false);
    }
}
