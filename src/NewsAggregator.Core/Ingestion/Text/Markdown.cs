namespace NewsAggregator.Core.Ingestion.Text;

/// <summary>The little Markdown that plain-text articles use: "#" headings and list bullets.</summary>
internal static class Markdown
{
    /// <summary>The text of an ATX heading ("## Reaction" gives "Reaction"), or null.</summary>
    public static string? HeadingText(string line)
    {
        var level = 0;
        while (level < line.Length && line[level] == '#')
        {
            level++;
        }

        if (level is 0 or > 6 || level >= line.Length || line[level] != ' ')
        {
            return null;
        }

        var text = line[(level + 1)..].TrimEnd('#', ' ');
        return text.Length == 0 ? null : text;
    }

    /// <summary>The text of a bullet or numbered list item ("• one", "- one", "2) two"), or null.</summary>
    public static string? ListItemText(string line)
    {
        if (line.Length > 2 && line[0] is '•' or '-' or '*' or '–' or '▪' or '◦' && line[1] == ' ')
        {
            return line[2..].Trim();
        }

        var digits = 0;
        while (digits < line.Length && digits < 3 && char.IsDigit(line[digits]))
        {
            digits++;
        }

        return digits > 0 && line.Length > digits + 2 && line[digits] is '.' or ')' && line[digits + 1] == ' ' && char.IsUpper(line[digits + 2])
            ? line[(digits + 2)..].Trim()
            : null;
    }
}
