namespace NewsAggregator.Core.Ingestion.Text;

/// <summary>
/// Counts how often each run of one to four words occurs in a set of lines, so "does the story
/// mention Joe Biden?" costs a lookup rather than a scan of the text (a file of many name-like
/// lines would otherwise take quadratic time).
/// </summary>
internal sealed class Mentions
{
    private const int LongestName = 4;

    // Words get numbers, and a run of up to four words is keyed by its numbers (unused places -1):
    // counting every run then costs no strings.
    private readonly Dictionary<string, int> _wordIds = new(StringComparer.Ordinal);
    private readonly Dictionary<(int, int, int, int), int> _phrases = [];
    private readonly Dictionary<(int, int, int, int), int> _wholeLines = [];

    public Mentions(IEnumerable<string> lines)
    {
        var ids = new List<int>();
        foreach (var line in lines)
        {
            ids.Clear();
            foreach (var word in LineShape.Words(line))
            {
                var cleaned = Clean(word);
                if (cleaned.Length == 0)
                {
                    continue;
                }

                if (!_wordIds.TryGetValue(cleaned, out var id))
                {
                    id = _wordIds.Count;
                    _wordIds.Add(cleaned, id);
                }

                ids.Add(id);
            }

            for (var n = 1; n <= LongestName; n++)
            {
                for (var i = 0; i + n <= ids.Count; i++)
                {
                    var key = Run(ids, i, n);
                    _phrases[key] = _phrases.GetValueOrDefault(key) + 1;
                }
            }

            if (ids.Count <= LongestName)
            {
                var key = Run(ids, 0, ids.Count);
                _wholeLines[key] = _wholeLines.GetValueOrDefault(key) + 1;
            }
        }
    }

    public bool InOtherLines(string phrase)
    {
        var ids = new List<int>();
        foreach (var word in LineShape.Words(phrase))
        {
            var cleaned = Clean(word);
            if (cleaned.Length == 0)
            {
                continue;
            }

            if (!_wordIds.TryGetValue(cleaned, out var id))
            {
                return false; // a word no line uses: the phrase occurs nowhere
            }

            ids.Add(id);
        }

        if (ids.Count is 0 or > LongestName)
        {
            return false;
        }

        var key = Run(ids, 0, ids.Count);
        return _phrases.GetValueOrDefault(key) > _wholeLines.GetValueOrDefault(key);
    }

    private static (int, int, int, int) Run(List<int> ids, int start, int length) =>
        (At(ids, start, length, 0), At(ids, start, length, 1), At(ids, start, length, 2), At(ids, start, length, 3));

    private static int At(List<int> ids, int start, int length, int place) => place < length ? ids[start + place] : -1;

    private static string Clean(string word)
    {
        var trimmed = word.Trim('"', '“', '”', '‘', '’', '\'', '(', ')', '[', ']', ',', '.', ';', ':', '!', '?', '—', '–');
        return trimmed.EndsWith("’s", StringComparison.Ordinal) || trimmed.EndsWith("'s", StringComparison.Ordinal)
            ? trimmed[..^2]
            : trimmed;
    }
}
