namespace NewsAggregator.Core.Clustering;

/// <summary>
/// A deliberately light suffix stripper: it only has to make "authorizes", "authorized" and
/// "authorizing" meet, not produce dictionary stems.
/// </summary>
public static class Stemmer
{
    public static string Stem(string word)
    {
        var w = word;
        if (w.Length > 4 && w.EndsWith("ies", StringComparison.Ordinal))
        {
            w = w[..^3] + "y";
        }
        else if (w.Length > 5 && w.EndsWith("ing", StringComparison.Ordinal))
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

        return w;
    }
}
