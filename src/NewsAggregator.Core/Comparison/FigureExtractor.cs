using System.Globalization;

namespace NewsAggregator.Core.Comparison;

/// <summary>
/// Finds numbers in a sentence together with what they count and the hedge in front of them.
/// The counted thing is the noun phrase right after the number (after a scale word and an "of the"),
/// cut at the first function word, punctuation or participle; its last word is the head noun and its
/// capitalised words the modifier. Money and percentages are counted in their symbol, distances in miles.
/// Years, dates, times, ordinals and numbers glued to letters ("F-16") are not figures.
/// </summary>
internal static class FigureExtractor
{
    /// <summary>Hedges, longest first, each with the form reports are grouped under.</summary>
    private static readonly (string[] Words, string Hedge)[] Hedges =
    [
        .. new[]
        {
            "as many as", "as much as", "as few as", "as little as", "up to", "at least", "at most", "more than",
            "less than", "fewer than", "no fewer than", "no more than", "close to", "upwards of", "just over",
            "just under", "well over", "nearly", "almost", "about", "around", "approximately", "roughly", "some",
            "an estimated", "estimated", "over", "under", "exceeding", "above", "below", "only", "just",
            "reportedly", "an additional", "another",
        }
        .Select(h => (Words: h.Split(' '), Hedge: h.StartsWith("an ", StringComparison.Ordinal) ? h[3..] : h))
        .OrderByDescending(h => h.Words.Length),
    ];

    private static readonly HashSet<string> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    };

    /// <summary>Words that end a counted noun phrase besides stop words: adverbs and measure words that follow numbers.</summary>
    private static readonly HashSet<string> PhraseEnders = new(StringComparer.OrdinalIgnoreCase)
    {
        "away", "ago", "long", "old", "later", "earlier", "apiece", "each", "per", "more", "less", "or", "and",
        "percent", "already", "alone", "altogether", "total", "combined", "respectively", "dead", "alive",
        "injured", "wounded", "missing", "hurt", "aboard", "inside", "overall", "apart", "behind", "ahead",
    };

    /// <summary>Words after a number that make it a clock time, not a count.</summary>
    private static readonly HashSet<string> TimeWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a.m.", "p.m.", "am", "pm", "a.m", "p.m", "gmt", "utc", "bst", "cet", "est", "edt", "pst", "pdt", "hrs", "o'clock",
    };

    /// <summary>Counted words that are not things: "three times", "two-thirds of".</summary>
    private static readonly HashSet<string> NotCounted = new(StringComparer.OrdinalIgnoreCase)
    {
        "time", "percentage", "point", "fold",
    };

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "its", "their", "his", "her", "our", "these", "those", "them",
    };

    private const double NauticalMile = 1.15078;

    private static readonly HashSet<string> LeadingQualifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "other", "more", "additional", "further", "extra",
    };

    private static readonly Dictionary<string, (string Key, double Factor)> MeasureUnits = new(StringComparer.OrdinalIgnoreCase)
    {
        ["mile"] = ("mile", 1), ["miles"] = ("mile", 1), ["mi"] = ("mile", 1),
        ["kilometre"] = ("mile", 0.621371), ["kilometres"] = ("mile", 0.621371), ["kilometer"] = ("mile", 0.621371),
        ["kilometers"] = ("mile", 0.621371), ["km"] = ("mile", 0.621371),
        ["dollar"] = ("$", 1), ["dollars"] = ("$", 1), ["euro"] = ("€", 1), ["euros"] = ("€", 1),
        ["percent"] = ("%", 1), ["pct"] = ("%", 1),
    };

    private static readonly Dictionary<string, string> IrregularSingulars = new(StringComparer.OrdinalIgnoreCase)
    {
        ["people"] = "person", ["persons"] = "person", ["children"] = "child", ["men"] = "man", ["women"] = "woman",
        ["feet"] = "foot", ["lives"] = "life", ["police"] = "police", ["staff"] = "staff", ["personnel"] = "personnel",
        ["soldiers"] = "troop", ["soldier"] = "troop", ["troops"] = "troop",
    };

    public static IReadOnlyList<FigureMention> Extract(string sentence)
    {
        var tokens = FigureLexer.Tokenize(sentence);
        var mentions = new List<FigureMention>();
        var i = 0;
        while (i < tokens.Count)
        {
            var used = TryExtractAt(sentence, tokens, i, out var mention);
            if (mention is not null)
            {
                mentions.Add(mention);
            }

            i += Math.Max(1, used);
        }

        return mentions;
    }

    /// <summary>Reads a figure whose number starts at token <paramref name="i"/>; returns the tokens consumed.</summary>
    private static int TryExtractAt(string sentence, IReadOnlyList<FigureToken> tokens, int i, out FigureMention? mention)
    {
        mention = null;
        var token = tokens[i];
        double value;
        int next;
        bool spelled;
        if (token.Kind == FigureTokenKind.Number)
        {
            if (!double.TryParse(token.Text.Replace(",", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out value)
                || IsGluedOrDate(tokens, i))
            {
                return 1;
            }

            next = i + 1;
            spelled = false;
        }
        else if (token.IsWord)
        {
            var used = NumberWords.TryRead(tokens, i, out value);
            if (used == 0 || IsPronounOne(tokens, i, used))
            {
                return 1;
            }

            next = i + used;
            spelled = true;
        }
        else
        {
            return 1;
        }

        var currency = i > 0 && tokens[i - 1].Kind == FigureTokenKind.Currency ? tokens[i - 1].Text : null;
        var numberStart = currency is null ? i : i - 1;
        var display = sentence[tokens[numberStart].Start..tokens[next - 1].End];

        if (!spelled && next < tokens.Count && tokens[next].IsWord && NumberWords.TryScale(tokens[next].Text, out var scale))
        {
            value *= scale;
            display = sentence[tokens[numberStart].Start..tokens[next].End];
            next++;
        }

        var isYear = !spelled && currency is null && token.Text.Length == 4 && value is >= 1800 and <= 2100 && value % 1 == 0;
        var isTime = next < tokens.Count && tokens[next].IsWord && TimeWords.Contains(tokens[next].Text);
        if (isYear || isTime)
        {
            return next - i;
        }

        string key;
        string counted;
        string? modifier = null;
        var end = next;
        if (next < tokens.Count && tokens[next].Kind == FigureTokenKind.Percent)
        {
            (key, counted) = ("%", "%");
            display = sentence[tokens[numberStart].Start..tokens[next].End];
            end = next + 1;
        }
        else if (currency is not null)
        {
            (key, counted) = (currency, currency);
        }
        else if (next < tokens.Count && tokens[next].IsWord && MeasureUnits.TryGetValue(tokens[next].Text, out var unit))
        {
            (key, counted) = (unit.Key, tokens[next].Text);
            value *= unit.Factor;
            display = sentence[tokens[numberStart].Start..tokens[next].End];
            end = next + 1;
        }
        else if (next + 1 < tokens.Count && tokens[next].Lower == "nautical" && tokens[next + 1].Lower is "mile" or "miles")
        {
            (key, counted) = ("mile", "nautical miles");
            value *= NauticalMile;
            display = sentence[tokens[numberStart].Start..tokens[next + 1].End];
            end = next + 2;
        }
        else if (ReadCountedPhrase(tokens, next) is { } phrase && !NotCounted.Contains(Singular(tokens[phrase.Head].Lower)))
        {
            var head = tokens[phrase.Head];
            key = Singular(head.Lower);
            counted = head.Text;
            modifier = phrase.Modifier;
            end = phrase.Head + 1;

            // Ages belong to someone: "a 36-year-old man" and "the 32-year-old suspect" are two
            // people, so the person word (or name) after the age is part of what is counted.
            if (head.Lower.EndsWith("-old", StringComparison.Ordinal) && ReadCountedPhrase(tokens, end) is { } who)
            {
                key = $"{key} {Singular(tokens[who.Head].Lower)}";
                counted = $"{head.Text} {tokens[who.Head].Text}";
                modifier = who.Modifier ?? (char.IsUpper(tokens[who.Head].Text[0]) ? tokens[who.Head].Text : null);
                end = who.Head + 1;
            }
        }
        else
        {
            return next - i;
        }

        var hedgeStart = FindHedge(tokens, numberStart, out var hedge);
        var phraseStart = tokens[hedgeStart ?? numberStart].Start;
        mention = new FigureMention(key, counted, modifier, value, display, hedge, sentence[phraseStart..tokens[end - 1].End]);
        return end - i;
    }

    /// <summary>Numbers inside codes and dates: "F-16", "COVID-19", "5G", "10:30", "April 5", "5 April", "2nd".</summary>
    private static bool IsGluedOrDate(IReadOnlyList<FigureToken> tokens, int i)
    {
        var token = tokens[i];
        if (i > 0)
        {
            var before = tokens[i - 1];
            if (before.End == token.Start && before.Kind is FigureTokenKind.Word or FigureTokenKind.Number
                || (before.End == token.Start && before.Text is "-" or "/" or ":" or "." && i > 1 && tokens[i - 2].End == before.Start))
            {
                return true;
            }

            if (before.IsWord && Months.Contains(before.Text) && char.IsUpper(before.Text[0]))
            {
                return true;
            }
        }

        if (i + 1 < tokens.Count)
        {
            var after = tokens[i + 1];
            if (after.Start == token.End && after.IsWord && !MeasureUnits.ContainsKey(after.Text) && !NumberWords.TryScale(after.Text, out _))
            {
                return true;
            }

            if (after.Start == token.End && after.Text is ":" or "/")
            {
                return true;
            }

            if (after.IsWord && Months.Contains(after.Text) && char.IsUpper(after.Text[0]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"one" as a pronoun ("one of the", "no one") is not a count.</summary>
    private static bool IsPronounOne(IReadOnlyList<FigureToken> tokens, int i, int used)
    {
        if (used != 1 || tokens[i].Lower != "one")
        {
            return false;
        }

        var before = i > 0 ? tokens[i - 1].Lower : "";
        var after = i + 1 < tokens.Count ? tokens[i + 1].Lower : "";
        return before is "no" or "the" or "any" or "every" or "each" or "which" or "this" or "that" or "someone" || after is "of" or "another" or "";
    }

    private sealed record CountedPhrase(int Head, string? Modifier);

    private static CountedPhrase? ReadCountedPhrase(IReadOnlyList<FigureToken> tokens, int start)
    {
        var i = start;

        // "190-mile range", "12,000-strong force": the hyphen joins the number to the phrase.
        if (i < tokens.Count && tokens[i].Text == "-" && i + 1 < tokens.Count && tokens[i + 1].Start == tokens[i].End)
        {
            i++;
        }

        // Partitive: "12,000 of its troops".
        if (i < tokens.Count && tokens[i].Lower == "of")
        {
            i++;
            while (i < tokens.Count && tokens[i].IsWord && Determiners.Contains(tokens[i].Text))
            {
                i++;
            }
        }

        // "three other informed sources", "500 more troops": the count is of sources and troops.
        while (i < tokens.Count && tokens[i].IsWord && LeadingQualifiers.Contains(tokens[i].Text))
        {
            i++;
        }

        var words = new List<int>();
        for (; i < tokens.Count && words.Count < 4; i++)
        {
            var t = tokens[i];
            if (!t.IsWord || (WordForms.IsStopWord(t.Lower) && !IsAcronym(t.Text)) || PhraseEnders.Contains(t.Text) || NumberWords.TryRead(tokens, i, out _) > 0)
            {
                break;
            }

            // A participle after the noun starts a new clause: "eight people killed", "two months remaining".
            if (words.Count > 0 && char.IsLower(t.Text[0]) && (t.Lower.EndsWith("ing", StringComparison.Ordinal) || t.Lower.EndsWith("ed", StringComparison.Ordinal)))
            {
                break;
            }

            // A capitalised word after a lower-case noun starts something else: "10,000 troops Moscow sent".
            if (words.Count > 0 && char.IsUpper(t.Text[0]) && char.IsLower(tokens[words[^1]].Text[0]))
            {
                break;
            }

            words.Add(i);
        }

        if (words.Count == 0 || !char.IsLetter(tokens[words[^1]].Text[^1]))
        {
            return null;
        }

        var capitalised = words.Take(words.Count - 1).Select(w => tokens[w].Text).Where(w => char.IsUpper(w[0])).ToList();
        return new CountedPhrase(words[^1], capitalised.Count == 0 ? null : string.Join(' ', capitalised));
    }

    private static bool IsAcronym(string word) => word.Length >= 2 && word.All(c => char.IsUpper(c) || c == '.');

    private static int? FindHedge(IReadOnlyList<FigureToken> tokens, int numberStart, out string? hedge)
    {
        foreach (var (words, name) in Hedges)
        {
            var first = numberStart - words.Length;
            if (first < 0)
            {
                continue;
            }

            var matches = true;
            for (var k = 0; k < words.Length && matches; k++)
            {
                matches = tokens[first + k].IsWord && tokens[first + k].Lower == words[k];
            }

            if (matches)
            {
                hedge = name;
                return first;
            }
        }

        hedge = null;
        return null;
    }

    /// <summary>The singular of a counted noun, so "troops" and "troop" group together.</summary>
    public static string Singular(string lower)
    {
        if (IrregularSingulars.TryGetValue(lower, out var singular))
        {
            return singular;
        }

        if (lower.Length > 4 && lower.EndsWith("ies", StringComparison.Ordinal))
        {
            return lower[..^3] + "y";
        }

        if (lower.Length > 4 && (lower.EndsWith("ches", StringComparison.Ordinal) || lower.EndsWith("shes", StringComparison.Ordinal)
            || lower.EndsWith("sses", StringComparison.Ordinal) || lower.EndsWith("xes", StringComparison.Ordinal)))
        {
            return lower[..^2];
        }

        if (lower.Length > 3 && lower.EndsWith('s') && !lower.EndsWith("ss", StringComparison.Ordinal) && !lower.EndsWith("us", StringComparison.Ordinal))
        {
            return lower[..^1];
        }

        return lower;
    }
}
