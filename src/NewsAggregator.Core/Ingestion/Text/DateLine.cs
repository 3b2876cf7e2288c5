using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsAggregator.Core.Ingestion.Text;

/// <summary>
/// Recognises a line that only states when the article appeared ("Published: July 29, 2004",
/// "Updated 7 / 28 / 2004 3:02 PM ET", "on Tuesday, 16 December 2008 13:45.") and reads the date
/// from it when it can. Such lines are page furniture, not article text.
/// </summary>
internal static partial class DateLine
{
    private static readonly string[] MonthNames =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    private static readonly string[] FullMonthNames =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    private static readonly HashSet<string> Weekdays = new(StringComparer.OrdinalIgnoreCase)
    {
        "mon", "monday", "tue", "tues", "tuesday", "wed", "wednesday", "thu", "thur", "thurs", "thursday",
        "fri", "friday", "sat", "saturday", "sun", "sunday",
    };

    private static readonly HashSet<string> DateWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "published", "updated", "posted", "last", "on", "at", "time", "story", "created", "release", "released",
        "date", "modified", "first", "am", "pm", "a", "m", "p", "hrs", "hours", "ago", "day", "days", "year",
        "years", "minutes", "mins", "|", "/", "-", "—", "–", "and", "of", "edited", "article", "last-updated",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> WeekdaysBySpan = Weekdays.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DateWordsBySpan = DateWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Zone abbreviations with a fixed offset; ambiguous ones ("ET") fall back to UTC.</summary>
    private static readonly Dictionary<string, TimeSpan> Zones = new(StringComparer.OrdinalIgnoreCase)
    {
        ["utc"] = TimeSpan.Zero, ["gmt"] = TimeSpan.Zero, ["bst"] = TimeSpan.FromHours(1),
        ["cet"] = TimeSpan.FromHours(1), ["cest"] = TimeSpan.FromHours(2), ["est"] = TimeSpan.FromHours(-5),
        ["edt"] = TimeSpan.FromHours(-4), ["cst"] = TimeSpan.FromHours(-6), ["cdt"] = TimeSpan.FromHours(-5),
        ["mst"] = TimeSpan.FromHours(-7), ["mdt"] = TimeSpan.FromHours(-6), ["pst"] = TimeSpan.FromHours(-8),
        ["pdt"] = TimeSpan.FromHours(-7), ["ist"] = new TimeSpan(5, 30, 0), ["aest"] = TimeSpan.FromHours(10),
        ["akdt"] = TimeSpan.FromHours(-8),
    };

    private static readonly Dictionary<string, TimeSpan>.AlternateLookup<ReadOnlySpan<char>> ZonesBySpan = Zones.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when the line is only a date (with the usual labels); <paramref name="date"/> is set when it can be read.</summary>
    public static bool TryRead(string line, out DateTimeOffset? date)
    {
        date = null;
        if (line.Length > 90)
        {
            return false;
        }

        // Without a digit only a month name can make a date line; most lines have neither, and
        // this check costs far less than the patterns below.
        if (!HasDigit(line) && !NamesAMonth(line))
        {
            return false;
        }

        // The tokens are weighed as spans of the line: most lines that get here are sentences with
        // a number, turned away below, and strings for their words added up.
        var compact = Compact(line);
        int tokens = 0, dateTokens = 0, otherTokens = 0;
        var hasMonth = false;
        foreach (var token in Token().EnumerateMatches(compact))
        {
            tokens++;
            var word = compact.AsSpan(token.Index, token.Length).TrimEnd(".,:");
            if (MonthIndex(word) > 0)
            {
                hasMonth = true;
                dateTokens++;
            }
            else if (WeekdaysBySpan.Contains(word) || DateWordsBySpan.Contains(word) || ZonesBySpan.ContainsKey(word)
                || NumberLike().IsMatch(word) || word.Length <= 1)
            {
                dateTokens++;
            }
            else
            {
                otherTokens++;
            }
        }

        // A place or agency tag ("WASHINGTON", "(CNA)") may ride along; a sentence may not. Most
        // lines with a number are sentences, and are turned away before the date patterns run.
        if (tokens is 0 or > 18 || otherTokens > 4 || otherTokens >= dateTokens)
        {
            return false;
        }

        var hasNumericDate = NumericDate().IsMatch(compact) || IsoDate().IsMatch(compact) || DottedDate().IsMatch(compact);
        if (!(hasMonth || hasNumericDate || (LabelPrefix().IsMatch(line) && Time().IsMatch(compact))))
        {
            return false;
        }

        date = Read(compact, [.. Token().Matches(compact).Select(m => m.Value)]);
        return true;
    }

    private static DateTimeOffset? Read(string compact, List<string> tokens)
    {
        int year = 0, month = 0, day = 0;
        var iso = IsoDate().Match(compact);
        var numeric = NumericDate().Match(compact);
        var dotted = DottedDate().Match(compact);
        if (iso.Success)
        {
            (year, month, day) = (Int(iso.Groups[1].Value), Int(iso.Groups[2].Value), Int(iso.Groups[3].Value));
        }
        else if (numeric.Success)
        {
            // Slashed dates on English-language news sites are month first unless that cannot be.
            var (first, second) = (Int(numeric.Groups[1].Value), Int(numeric.Groups[2].Value));
            (month, day) = first > 12 ? (second, first) : (first, second);
            year = Int(numeric.Groups[3].Value);
            year += year < 100 ? (year < 70 ? 2000 : 1900) : 0;
        }
        else if (dotted.Success)
        {
            // Dotted dates are written day first.
            (day, month, year) = (Int(dotted.Groups[1].Value), Int(dotted.Groups[2].Value), Int(dotted.Groups[3].Value));
        }
        else
        {
            for (var i = 0; i < tokens.Count; i++)
            {
                var word = tokens[i].TrimEnd('.', ',', ':');
                var m = MonthIndex(word);
                if (m > 0 && month == 0)
                {
                    month = m;
                    day = DayNear(tokens, i);
                }
                else if (word.Length == 4 && int.TryParse(word, CultureInfo.InvariantCulture, out var y) && y is >= 1900 and <= 2100)
                {
                    year = y;
                }
            }
        }

        if (year is < 1900 or > 2100 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        var (hour, minute) = ReadTime(compact);
        var numericZone = NumericZone().Match(compact);
        var offset = numericZone.Success
            ? new TimeSpan(Int(numericZone.Groups[2].Value), numericZone.Groups[3].Success ? Int(numericZone.Groups[3].Value) : 0, 0) * (numericZone.Groups[1].Value == "-" ? -1 : 1)
            : tokens.Select(t => t.TrimEnd('.', ',')).Where(Zones.ContainsKey).Select(t => Zones[t]).FirstOrDefault();
        if (offset.Duration() > TimeSpan.FromHours(14))
        {
            offset = TimeSpan.Zero;
        }

        return new DateTimeOffset(year, month, day, hour, minute, 0, offset);
    }

    private static (int Hour, int Minute) ReadTime(string compact)
    {
        var time = Time().Match(compact);
        if (!time.Success)
        {
            return (0, 0);
        }

        var (hour, minute) = (Int(time.Groups[1].Value), Int(time.Groups[2].Value));
        var meridiem = time.Groups[3].Value.ToLowerInvariant();
        if (meridiem.StartsWith('p') && hour < 12)
        {
            hour += 12;
        }
        else if (meridiem.StartsWith('a') && hour == 12)
        {
            hour = 0;
        }

        return hour is >= 0 and < 24 && minute is >= 0 and < 60 ? (hour, minute) : (0, 0);
    }

    private static int DayNear(List<string> tokens, int monthAt)
    {
        foreach (var i in new[] { monthAt + 1, monthAt - 1 })
        {
            if (i >= 0 && i < tokens.Count)
            {
                var digits = Ordinal().Match(tokens[i]);
                if (digits.Success && Int(digits.Groups[1].Value) is >= 1 and <= 31)
                {
                    return Int(digits.Groups[1].Value);
                }
            }
        }

        return 0;
    }

    /// <summary>Any decimal digit, in any script, as the patterns' <c>\d</c> takes it.</summary>
    private static bool HasDigit(string line)
    {
        foreach (var c in line)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether some word of the line, cut at anything but a letter, is a month name or its abbreviation.</summary>
    private static bool NamesAMonth(string line)
    {
        var rest = line.AsSpan();
        while (!rest.IsEmpty)
        {
            var start = 0;
            while (start < rest.Length && !char.IsLetter(rest[start]))
            {
                start++;
            }

            var end = start;
            while (end < rest.Length && char.IsLetter(rest[end]))
            {
                end++;
            }

            if (MonthIndex(rest[start..end]) > 0)
            {
                return true;
            }

            rest = rest[end..];
        }

        return false;
    }

    /// <summary>The month (1-12) a word names, in full or abbreviated ("Sept" too), or 0.</summary>
    private static int MonthIndex(ReadOnlySpan<char> word)
    {
        // Names run from three to nine letters, and an ASCII word must start as one does: most
        // words stop here. Other first letters go on, as ordinal case-insensitive equality may
        // fold them to an ASCII letter.
        if (word.Length is < 3 or > 9 || (word[0] < 128 && (char)(word[0] | 0x20) is not ('j' or 'f' or 'm' or 'a' or 's' or 'o' or 'n' or 'd')))
        {
            return 0;
        }

        for (var i = 0; i < MonthNames.Length; i++)
        {
            if (word.Equals(MonthNames[i], StringComparison.OrdinalIgnoreCase) || word.Equals(FullMonthNames[i], StringComparison.OrdinalIgnoreCase))
            {
                return i + 1;
            }
        }

        return word.Equals("sept", StringComparison.OrdinalIgnoreCase) ? 9 : 0;
    }

    private static int Int(string digits) =>
        int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : -1;

    /// <summary>Undoes the spacing some tools put inside numbers ("7 / 28 / 2004", "11: 55", "2012. 08. 08").</summary>
    private static string Compact(string line) => SpacedSeparator().Replace(line, "$1$2$3");

    [GeneratedRegex(@"(?:GMT|UTC)([+\-])(\d{1,2})(?::?(\d{2}))?", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NumericZone();

    [GeneratedRegex(@"(\d)\s*([/:.])\s*(\d)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SpacedSeparator();

    [GeneratedRegex(@"[^\s,()\[\]]+", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Token();

    [GeneratedRegex(@"^(?:\d{1,4}(?:st|nd|rd|th)?|\d{1,4}(?:[/:.\-]\d{1,4})+(?:[ap]\.?m?\.?)?|[ap]\.?m\.?|gmt[+\-]\d[\d:]*|[+\-]\d{2}:?\d{2})$", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NumberLike();

    [GeneratedRegex(@"^(\d{1,2})(?:st|nd|rd|th)?$", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Ordinal();

    [GeneratedRegex(@"\b(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DottedDate();

    [GeneratedRegex(@"\b(\d{4})[\-.](\d{1,2})[\-.](\d{1,2})\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"(?<![\d.])(\d{1,2})[:.](\d{2})(?![.\d])(?::\d{2})?\s*([ap])?", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Time();

    [GeneratedRegex(@"^\s*(?:published|updated|posted|last updated|story created|release)\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LabelPrefix();
}
