using System.Buffers;

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
        // Breaks are "\r\n", "\n", "\r", U+2028 and U+2029; each line is normalised straight from
        // the text, so no intermediate copy or line strings are made.
        var lines = new List<string>();
        char[]? rented = null;
        var buffer = text.Length <= 512 ? stackalloc char[text.Length] : (rented = ArrayPool<char>.Shared.Rent(text.Length));
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\n' or '\r' or '\u2028' or '\u2029')
            {
                lines.Add(Normalise(text.AsSpan(start, i - start), buffer));
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        lines.Add(Normalise(text.AsSpan(start), buffer));
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
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
            if (!HasLetterOrDigit(line))
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
        char[]? rented = null;
        var buffer = line.Length <= 512 ? stackalloc char[line.Length] : (rented = ArrayPool<char>.Shared.Rent(line.Length));
        var normalised = Normalise(line, buffer);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return normalised;
    }

    /// <summary><see cref="Normalise(string)"/> using <paramref name="buffer"/>, at least as long as the line, as scratch space.</summary>
    private static string Normalise(ReadOnlySpan<char> line, Span<char> buffer)
    {
        var length = 0;
        var pendingSpace = false;
        foreach (var c in line)
        {
            // Printable ASCII, most of any text, is neither space, mark nor control: kept as it is.
            if (c is > ' ' and < '\u007F')
            {
                if (pendingSpace)
                {
                    buffer[length++] = ' ';
                    pendingSpace = false;
                }

                buffer[length++] = c;
                continue;
            }

            if (c is '\u200B' or '\uFEFF' or '\u2060' or '\u00AD' || (char.IsControl(c) && !char.IsWhiteSpace(c)))
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                pendingSpace = length > 0;
                continue;
            }

            if (pendingSpace)
            {
                buffer[length++] = ' ';
                pendingSpace = false;
            }

            buffer[length++] = c;
        }

        return new string(buffer[..length]);
    }

    private static bool HasLetterOrDigit(string line)
    {
        foreach (var c in line)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }
}
