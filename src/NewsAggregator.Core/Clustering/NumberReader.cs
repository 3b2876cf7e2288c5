using System.Globalization;

namespace NewsAggregator.Core.Clustering;

/// <summary>Reads numbers written in digits or words ("12,000", "6.1", "eight", "3 million").</summary>
public static class NumberReader
{
    private static readonly Dictionary<string, double> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13,
        ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18,
        ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60,
        ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90, ["hundred"] = 100, ["dozen"] = 12,
    };

    private static readonly Dictionary<string, double> Multipliers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["hundred"] = 100, ["thousand"] = 1_000, ["million"] = 1_000_000, ["billion"] = 1_000_000_000,
        ["trillion"] = 1_000_000_000_000,
    };

    /// <summary>The value of the token, when it is a number.</summary>
    public static bool TryRead(string token, out double value)
    {
        if (token.Length > 0 && char.IsDigit(token[0]))
        {
            return double.TryParse(token, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
        }

        // Every number word starts with one of these letters: most words need no lookup. A first
        // letter beyond ASCII is looked up, as ordinal case-insensitive equality may fold it.
        if (token.Length > 0 && token[0] < 128 && (char)(token[0] | 0x20) is not ('o' or 't' or 'f' or 's' or 'e' or 'n' or 'h' or 'd'))
        {
            value = 0;
            return false;
        }

        return Words.TryGetValue(token, out value);
    }

    /// <summary>The factor a scale word ("million") applies to the number before it.</summary>
    public static bool TryMultiplier(string token, out double factor) => Multipliers.TryGetValue(token, out factor);

    /// <summary>A stable spelling of a value, so "12,000" and "12000" and "12 thousand" meet.</summary>
    public static string Canonical(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
