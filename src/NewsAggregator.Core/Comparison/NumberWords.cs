namespace NewsAggregator.Core.Comparison;

/// <summary>Reads spelled-out numbers ("eight", "twenty-five", "a dozen", "two hundred") and scale words.</summary>
internal static class NumberWords
{
    private static readonly Dictionary<string, int> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6,
        ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12,
        ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17,
        ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50,
        ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90, ["dozen"] = 12,
    };

    private static readonly Dictionary<string, double> Scales = new(StringComparer.OrdinalIgnoreCase)
    {
        ["hundred"] = 1e2, ["thousand"] = 1e3, ["million"] = 1e6, ["billion"] = 1e9, ["trillion"] = 1e12,
        ["bn"] = 1e9, ["mn"] = 1e6,
    };

    public static bool TryScale(string word, out double scale) => Scales.TryGetValue(word, out scale);

    /// <summary>
    /// Reads a spelled number starting at <paramref name="start"/>; returns how many tokens it used,
    /// 0 when there is none. "a" counts only before "dozen", "hundred" and the like.
    /// </summary>
    public static int TryRead(IReadOnlyList<FigureToken> tokens, int start, out double value)
    {
        value = 0;
        var current = 0.0;
        var total = 0.0;
        var used = 0;
        var sawNumber = false;
        for (var i = start; i < tokens.Count && tokens[i].IsWord; i++)
        {
            var word = tokens[i].Lower;
            if (word == "a" && !sawNumber && i + 1 < tokens.Count && tokens[i + 1].IsWord
                && (tokens[i + 1].Lower == "dozen" || Scales.ContainsKey(tokens[i + 1].Lower)))
            {
                current = 1;
                sawNumber = true;
                used++;
                continue;
            }

            if (TryReadCompound(word, out var unit))
            {
                if (sawNumber && current % 100 != 0 && unit < 10 && current % 10 != 0)
                {
                    break;
                }

                current = word.Equals("dozen", StringComparison.OrdinalIgnoreCase) && sawNumber ? current * 12 : current + unit;
                sawNumber = true;
                used++;
                continue;
            }

            if (sawNumber && word == "and" && i + 1 < tokens.Count && TryReadCompound(tokens[i + 1].Lower, out _))
            {
                used++;
                continue;
            }

            if (sawNumber && Scales.TryGetValue(word, out var scale) && scale >= 100)
            {
                if (scale == 100)
                {
                    current *= 100;
                }
                else
                {
                    total += current * scale;
                    current = 0;
                }

                used++;
                continue;
            }

            break;
        }

        value = total + current;
        return sawNumber ? used : 0;
    }

    /// <summary>"twenty-five" → 25; a single number word → its value.</summary>
    private static bool TryReadCompound(string word, out int value)
    {
        if (Units.TryGetValue(word, out value))
        {
            return true;
        }

        var dash = word.IndexOf('-', StringComparison.Ordinal);
        if (dash > 0 && Units.TryGetValue(word[..dash], out var tens) && tens >= 20 && tens % 10 == 0
            && Units.TryGetValue(word[(dash + 1)..], out var ones) && ones is > 0 and < 10)
        {
            value = tens + ones;
            return true;
        }

        value = 0;
        return false;
    }
}
