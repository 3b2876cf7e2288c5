namespace NewsAggregator.Core.Ingestion.Text;

/// <summary>
/// Makes a title for a report that has none, from its lead: the first sentence, cut back to a
/// headline's length at a clause or word boundary.
/// </summary>
internal static class TitleDeriver
{
    public const int MaxLength = 120;
    private const int MinClauseLength = 50;
    private const int MinWordsKept = 8;

    /// <summary>Abbreviations whose period does not end a sentence.</summary>
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "st", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt", "cmdr", "adm",
        "jr", "sr", "inc", "co", "corp", "ltd", "no", "vs", "etc", "jan", "feb", "mar", "apr", "aug", "sept", "sep",
        "oct", "nov", "dec", "ft", "mt", "prof", "rev", "pres", "dept", "univ", "approx", "est", "fig",
    };

    private static readonly HashSet<string> WeakEndings = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "by", "with", "from", "as",
        "that", "which", "who", "its", "his", "her", "their", "is", "are", "was", "were", "has", "have", "had",
    };

    public static string Derive(string lead)
    {
        var start = 0;
        while (start < lead.Length && !char.IsLetterOrDigit(lead[start]) && lead[start] is not ('"' or '“' or '‘' or '\'' or '('))
        {
            start++;
        }

        var sentence = FirstSentence(lead[start..]).TrimEnd('.', ' ', ':', ';', ',');
        if (!sentence.Any(char.IsLetterOrDigit))
        {
            sentence = lead[start..];
        }

        if (sentence.Length <= MaxLength)
        {
            return sentence;
        }

        // A whole clause reads better than a sentence stopped mid-phrase.
        var clauseEnd = LastClauseBreak(sentence);
        if (clauseEnd >= MinClauseLength)
        {
            return sentence[..clauseEnd].TrimEnd(' ', ',', ';', '—', '–');
        }

        var space = sentence.LastIndexOf(' ', MaxLength - 1);
        var words = LineShape.Words(sentence[..(space > 0 ? space : MaxLength - 1)]).ToList();
        var next = LineShape.Words(sentence)[words.Count];

        // Do not break a name apart ("Army Tactical… Missile Systems"): back off to before it.
        while (words.Count > MinWordsKept && IsCapitalised(next) && IsCapitalised(words[^1]))
        {
            next = words[^1];
            words.RemoveAt(words.Count - 1);
        }

        while (words.Count > 1 && WeakEndings.Contains(words[^1]))
        {
            words.RemoveAt(words.Count - 1);
        }

        return string.Join(' ', words).TrimEnd(',', ';', ':', '—', '–', '-', ' ') + "…";
    }

    private static bool IsCapitalised(string word) => char.IsUpper(LineShape.FirstMeaningfulChar(word));

    public static string FirstSentence(string text)
    {
        for (var i = 0; i < text.Length - 2; i++)
        {
            if (text[i] is not ('.' or '!' or '?'))
            {
                continue;
            }

            var next = i + 1;
            while (next < text.Length && text[next] is '"' or '”' or '’' or ')')
            {
                next++;
            }

            // "5. 9" is a decimal that some tools split, not two sentences.
            var splitNumber = i > 0 && char.IsDigit(text[i - 1]) && next + 1 < text.Length && char.IsDigit(text[next + 1]);
            if (next < text.Length - 1 && text[next] == ' ' && IsSentenceStart(text[next + 1]) && !IsAbbreviation(text, i) && !splitNumber)
            {
                return text[..next];
            }
        }

        return text;
    }

    private static bool IsSentenceStart(char c) => char.IsUpper(c) || char.IsDigit(c) || c is '"' or '“' or '‘';

    /// <summary>"U.S." and "Mr." end in periods that do not close a sentence.</summary>
    private static bool IsAbbreviation(string text, int periodAt)
    {
        if (text[periodAt] != '.')
        {
            return false;
        }

        var start = periodAt;
        while (start > 0 && text[start - 1] != ' ')
        {
            start--;
        }

        var word = text[start..periodAt];
        return Abbreviations.Contains(word) || (word.Length > 0 && word.Length <= 3 && word.Split('.').All(p => p.Length == 1 && char.IsUpper(p[0])));
    }

    private static int LastClauseBreak(string sentence)
    {
        var best = -1;
        foreach (var separator in new[] { ", ", "; ", " — ", " – ", ": " })
        {
            for (var at = sentence.LastIndexOf(separator, MaxLength, StringComparison.Ordinal); at > 0;
                at = sentence.LastIndexOf(separator, at - 1, StringComparison.Ordinal))
            {
                // A break inside brackets leaves one open; a comma between two capitalised words
                // usually sits inside a place or a list of names ("Mannheim, Germany", "WBA, IBF").
                var insideBrackets = sentence[..at].Count(c => c == '(') > sentence[..at].Count(c => c == ')');
                if (!insideBrackets && !(separator == ", " && SplitsNames(sentence, at)))
                {
                    best = Math.Max(best, at);
                    break;
                }
            }
        }

        return best;
    }

    private static bool SplitsNames(string sentence, int comma)
    {
        var after = LineShape.Words(sentence[(comma + 2)..]);
        return after.Length > 0 && IsCapitalised(WordBefore(sentence, comma)) && IsCapitalised(after[0]);
    }

    private static string WordBefore(string text, int end)
    {
        var start = text.LastIndexOf(' ', Math.Max(0, end - 1));
        return text[(start + 1)..end];
    }

}
