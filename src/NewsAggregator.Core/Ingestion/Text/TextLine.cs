using System.Text;

namespace NewsAggregator.Core.Ingestion.Text;

/// <summary>
/// One non-blank line of a text file. <see cref="Group"/> changes at every blank line, so the
/// paragraph structure a blank line expresses survives after blank lines are dropped.
/// </summary>
internal readonly record struct TextLine(string Text, int Group);

internal static class TextLines
{
    /// <summary>Splits decoded text into raw lines with whitespace normalised (blank lines kept as "").</summary>
    public static List<string> Split(string text)
    {
        var lines = new List<string>();
        foreach (var raw in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n', '\r', '\u2028', '\u2029'))
        {
            lines.Add(Normalise(raw));
        }

        return lines;
    }

    /// <summary>
    /// Groups the non-blank lines; a line with no letter or digit ("---", "* * *", a stray quote
    /// mark) reads as a section break, so it separates like a blank line.
    /// </summary>
    public static List<TextLine> Group(IEnumerable<string> lines)
    {
        var result = new List<TextLine>();
        var group = 0;
        var blankSeen = false;
        foreach (var line in lines)
        {
            if (line.Length == 0 || !line.Any(char.IsLetterOrDigit))
            {
                blankSeen = true;
                continue;
            }

            if (blankSeen && result.Count > 0)
            {
                group++;
            }

            blankSeen = false;
            result.Add(new TextLine(line, group));
        }

        return result;
    }

    /// <summary>Collapses every kind of Unicode space (tabs, no-break spaces) to one space; drops invisible marks.</summary>
    public static string Normalise(string line)
    {
        var builder = new StringBuilder(line.Length);
        var pendingSpace = false;
        foreach (var c in line)
        {
            if (c is '\u200B' or '\uFEFF' or '\u2060' or '\u00AD' || (char.IsControl(c) && !char.IsWhiteSpace(c)))
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
