namespace NewsAggregator.Core.Ingestion.Text;

/// <summary>
/// Counts how often each run of one to four words occurs in a set of lines, so "does the story
/// mention Joe Biden?" costs a lookup rather than a scan of the text (a file of many name-like
/// lines would otherwise take quadratic time).
/// </summary>
internal sealed class Mentions
{
    private const int LongestName = 4;

    private readonly Dictionary<string, int> _phrases = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _wholeLines = new(StringComparer.Ordinal);

    public Mentions(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            var words = LineShape.Words(line).Select(Clean).Where(w => w.Length > 0).ToArray();
            for (var n = 1; n <= LongestName; n++)
            {
                for (var i = 0; i + n <= words.Length; i++)
                {
                    var key = string.Join(' ', words, i, n);
                    _phrases[key] = _phrases.GetValueOrDefault(key) + 1;
                }
            }

            if (words.Length <= LongestName)
            {
                var key = string.Join(' ', words);
                _wholeLines[key] = _wholeLines.GetValueOrDefault(key) + 1;
            }
        }
    }

    /// <summary>True when the phrase occurs in some line other than a line that is only that phrase.</summary>
    public bool InOtherLines(string phrase)
    {
        var key = Key(phrase);
        return key.Length > 0 && _phrases.GetValueOrDefault(key) > _wholeLines.GetValueOrDefault(key);
    }

    private static string Key(string phrase) => string.Join(' ', LineShape.Words(phrase).Select(Clean).Where(w => w.Length > 0));

    /// <summary>A word without surrounding punctuation or possessive ending, so "Biden’s," counts as "Biden".</summary>
    private static string Clean(string word)
    {
        var trimmed = word.Trim('"', '“', '”', '‘', '’', '\'', '(', ')', '[', ']', ',', '.', ';', ':', '!', '?', '—', '–');
        return trimmed.EndsWith("’s", StringComparison.Ordinal) || trimmed.EndsWith("'s", StringComparison.Ordinal)
            ? trimmed[..^2]
            : trimmed;
    }
}
