namespace NewsAggregator.Core.Comparison;

/// <summary>
/// The word patterns that tie a quote to its speaker: speech verbs, the subject in front of them
/// (a capitalised name, a pronoun, or "the official"), and the titles to strip from a name.
/// </summary>
internal static class SpeechPatterns
{
    private static readonly HashSet<string> SpeechVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "says", "say", "saying", "stated", "states", "stating", "told", "tells", "telling", "added",
        "adds", "adding", "remarked", "remarks", "wrote", "writes", "writing", "posted", "tweeted", "noted",
        "notes", "noting", "explained", "explains", "declared", "declares", "announced", "warned", "warns",
        "warning", "insisted", "insists", "argued", "argues", "arguing", "asked", "asks", "replied", "responded",
        "continued", "claimed", "claims", "described", "describing", "describes", "urged", "urges",
        "emphasized", "emphasised", "emphasizing", "reiterated", "reiterating", "acknowledged", "admitted",
        "conceded", "suggested", "asserted", "vowed", "promised", "called", "calling", "quipped", "recalled",
        "cautioned", "pledged", "predicted", "stressed", "stressing", "confirmed", "countered", "concluded",
    };

    /// <summary>Words that may stand between a subject and its speech verb: "Putin has previously described".</summary>
    private static readonly HashSet<string> Fillers = new(StringComparer.OrdinalIgnoreCase)
    {
        "has", "have", "had", "also", "previously", "later", "repeatedly", "then", "again", "publicly",
        "reportedly", "recently", "once", "was", "is", "been", "will", "would", "earlier", "separately",
        "simply", "privately", "bluntly", "flatly", "firmly", "clearly", "initially",
    };

    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "president", "president-elect", "vice", "prime", "minister", "secretary", "secretary-general",
        "chancellor", "foreign", "defense", "defence", "state", "spokesman", "spokeswoman", "spokesperson",
        "general", "gen.", "sen.", "senator", "rep.", "representative", "gov.", "governor", "mayor", "mr.",
        "mrs.", "ms.", "dr.", "prof.", "chief", "director", "ambassador", "commander", "admiral", "king", "queen",
        "prince", "princess", "pope", "chairman", "chairwoman", "chair", "leader", "premier", "lt.", "col.",
        "sgt.", "capt.", "judge", "justice", "envoy", "adviser", "advisor", "minister-president", "speaker",
        "first", "lady", "deputy", "former", "senior", "mr", "mrs", "ms", "dr", "sen", "gov", "rep", "gen",
        "police", "sheriff", "undersheriff", "detective", "officer", "inspector", "constable", "sergeant",
        "captain", "lieutenant", "coach", "manager", "professor", "father", "rev.", "bishop", "cardinal",
        "superintendent", "commissioner", "prosecutor", "attorney", "lawyer", "publicist",
    };

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "one", "another",
    };

    public static bool IsSpeechVerb(FigureToken token) => token.IsWord && SpeechVerbs.Contains(token.Text);

    public static bool IsPronoun(FigureToken token) => token.IsWord && token.Lower is "he" or "she";

    public static bool IsTitle(string word) => Titles.Contains(word);

    /// <summary>A name-like word: capitalised, and not a capitalised function word ("The", "He").</summary>
    public static bool IsCapitalisedWord(FigureToken token) =>
        token.IsWord && char.IsUpper(token.Text[0]) && !WordForms.IsStopWord(StripPossessive(token.Text).ToLowerInvariant());

    public static string StripPossessive(string word) =>
        word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) ? word[..^2] : word;

    /// <summary>Skips filler words backwards from <paramref name="before"/>; returns the subject's last token index or -1.</summary>
    public static int SubjectEnd(IReadOnlyList<FigureToken> tokens, int before)
    {
        var i = before;
        while (i >= 0 && tokens[i].IsWord && Fillers.Contains(tokens[i].Text))
        {
            i--;
        }

        return i;
    }

    /// <summary>The capitalised run ending at <paramref name="end"/> ("U.N. Secretary-General António Guterres"), as token indexes.</summary>
    public static (int Start, int End)? CapitalisedRunEndingAt(IReadOnlyList<FigureToken> tokens, int end)
    {
        if (end < 0 || !IsCapitalisedWord(tokens[end]))
        {
            return null;
        }

        var start = end;
        while (start > 0 && IsCapitalisedWord(tokens[start - 1]) && tokens[start - 1].End < tokens[start].Start)
        {
            start--;
        }

        return (start, end);
    }

    public static (int Start, int End)? CapitalisedRunStartingAt(IReadOnlyList<FigureToken> tokens, int start)
    {
        if (start >= tokens.Count || !IsCapitalisedWord(tokens[start]))
        {
            return null;
        }

        var end = start;
        while (end + 1 < tokens.Count && IsCapitalisedWord(tokens[end + 1]))
        {
            end++;
        }

        return (start, end);
    }

    /// <summary>
    /// A person's name from a capitalised run: titles, acronyms and a leading demonym ("Ukrainian
    /// President") go, at most three words stay. Null when nothing name-like is left.
    /// </summary>
    public static string? CleanName(IReadOnlyList<FigureToken> tokens, int start, int end)
    {
        var words = new List<string>();
        for (var i = start; i <= end; i++)
        {
            words.Add(StripPossessive(tokens[i].Text));
        }

        var first = 0;
        while (first < words.Count - 1 && IsPrefix(words, first))
        {
            first++;
        }

        var kept = words.Skip(first).Where(w => !IsTitle(w)).ToList();
        if (kept.Count == 0 || kept.All(IsAcronym))
        {
            return null;
        }

        return string.Join(' ', kept.TakeLast(3));
    }

    private static bool IsPrefix(List<string> words, int i)
    {
        var word = words[i];
        if (IsTitle(word) || IsAcronym(word))
        {
            return true;
        }

        // "Ukrainian President", "Russian Foreign Minister": a nationality before a title.
        var next = words[i + 1];
        return (IsTitle(next) || IsAcronym(next)) && (word.EndsWith("an", StringComparison.Ordinal)
            || word.EndsWith("ese", StringComparison.Ordinal) || word.EndsWith("ish", StringComparison.Ordinal)
            || word.EndsWith('i'));
    }

    private static bool IsAcronym(string word) => word.Length >= 2 && word.All(c => char.IsUpper(c) || c == '.');

    /// <summary>"the official", "a senior U.S. official" ending at <paramref name="end"/> → "official", "senior U.S. official".</summary>
    public static string? DescriptionEndingAt(IReadOnlyList<FigureToken> tokens, int end)
    {
        if (end < 0 || !tokens[end].IsWord || char.IsUpper(tokens[end].Text[0]) || WordForms.IsStopWord(tokens[end].Lower))
        {
            return null;
        }

        for (var start = end - 1; start >= Math.Max(0, end - 4); start--)
        {
            if (!tokens[start].IsWord)
            {
                return null;
            }

            if (Determiners.Contains(tokens[start].Text))
            {
                return string.Join(' ', Enumerable.Range(start + 1, end - start).Select(i => tokens[i].Text));
            }
        }

        return null;
    }

    public static string? DescriptionStartingAt(IReadOnlyList<FigureToken> tokens, int start)
    {
        if (start >= tokens.Count || !tokens[start].IsWord || !Determiners.Contains(tokens[start].Text))
        {
            return null;
        }

        // "said a tearful Charlie Kafoury": the name behind the description is the speaker.
        for (var i = start + 1; i < tokens.Count && i <= start + 3 && tokens[i].IsWord; i++)
        {
            if (CapitalisedRunStartingAt(tokens, i) is { } run && CleanName(tokens, run.Start, run.End) is { } name)
            {
                return name;
            }
        }

        var words = new List<string>();
        for (var i = start + 1; i < tokens.Count && i <= start + 4 && tokens[i].IsWord && !WordForms.IsStopWord(tokens[i].Lower); i++)
        {
            words.Add(tokens[i].Text);
        }

        return words.Count == 0 ? null : string.Join(' ', words);
    }
}
