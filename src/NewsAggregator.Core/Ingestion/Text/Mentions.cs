namespace NewsAggregator.Core.Ingestion.Text;

/// <summary>
/// Answers "does the story mention Joe Biden outside a line of its own?" for phrases of one to four
/// words without scanning the text each time (a file of many name-like lines would otherwise take
/// quadratic time).
/// </summary>
/// <remarks>
/// Words get numbers and each word keeps the places (line, position) it occurs at. A phrase is
/// looked for only at the places of its rarest word, which for a name is a handful. Should a phrase
/// be made only of words that occur everywhere, every run of up to four words is counted once, and
/// that and later questions are answered from the counts. Counting every run up front, as this
/// class once did, cost a table several times the size of the text for each article, for the few
/// names ever asked about.
/// </remarks>
internal sealed class Mentions
{
    private const int LongestName = 4;

    /// <summary>Places of the rarest word past which counting every run is the cheaper way.</summary>
    private const int MostPlacesToVisit = 64;

    private readonly Dictionary<string, int> _wordIds = new(StringComparer.Ordinal);

    /// <summary>The same ids looked up by a word still inside its line: only a word's first use makes a string.</summary>
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _wordIdsBySpan;
    private readonly List<int[]> _lines = [];
    private readonly List<List<(int Line, int Position)>> _places = [];
    private RunCounts? _counts;

    public Mentions(IEnumerable<string> lines)
    {
        _wordIdsBySpan = _wordIds.GetAlternateLookup<ReadOnlySpan<char>>();
        var ids = new List<int>();
        foreach (var line in lines)
        {
            ids.Clear();
            foreach (var range in line.AsSpan().Split(' '))
            {
                // Split keeps the empty runs between two spaces that LineShape.Words drops; they clean to nothing.
                var cleaned = Clean(line.AsSpan(range));
                if (cleaned.Length == 0)
                {
                    continue;
                }

                if (!_wordIdsBySpan.TryGetValue(cleaned, out var id))
                {
                    id = _wordIds.Count;
                    _wordIdsBySpan.TryAdd(cleaned, id);
                    _places.Add([]);
                }

                _places[id].Add((_lines.Count, ids.Count));
                ids.Add(id);
            }

            _lines.Add([.. ids]);
        }
    }

    /// <summary>Whether <paramref name="phrase"/> occurs somewhere other than as a whole line of its own.</summary>
    public bool InOtherLines(string phrase)
    {
        var ids = new List<int>();
        foreach (var range in phrase.AsSpan().Split(' '))
        {
            var cleaned = Clean(phrase.AsSpan(range));
            if (cleaned.Length == 0)
            {
                continue;
            }

            if (!_wordIdsBySpan.TryGetValue(cleaned, out var id))
            {
                return false; // a word no line uses: the phrase occurs nowhere
            }

            ids.Add(id);
        }

        if (ids.Count is 0 or > LongestName)
        {
            return false;
        }

        var pivot = 0;
        for (var k = 1; k < ids.Count; k++)
        {
            if (_places[ids[k]].Count < _places[ids[pivot]].Count)
            {
                pivot = k;
            }
        }

        if (_counts is not null || _places[ids[pivot]].Count > MostPlacesToVisit)
        {
            _counts ??= new RunCounts(_lines);
            return _counts.InOtherLines(ids);
        }

        // Every occurrence holds the rarest word at one place, so each is found, and counted, once.
        int occurrences = 0, wholeLines = 0;
        foreach (var (line, position) in _places[ids[pivot]])
        {
            var words = _lines[line];
            var start = position - pivot;
            if (start < 0 || start + ids.Count > words.Length || !Matches(words, start, ids))
            {
                continue;
            }

            occurrences++;
            if (words.Length == ids.Count)
            {
                wholeLines++;
            }
        }

        return occurrences > wholeLines;
    }

    private static bool Matches(int[] words, int start, List<int> ids)
    {
        for (var k = 0; k < ids.Count; k++)
        {
            if (words[start + k] != ids[k])
            {
                return false;
            }
        }

        return true;
    }

    private static ReadOnlySpan<char> Clean(ReadOnlySpan<char> word)
    {
        var trimmed = word.Trim("\"“”‘’'()[],.;:!?—–");
        return trimmed.EndsWith("’s", StringComparison.Ordinal) || trimmed.EndsWith("'s", StringComparison.Ordinal)
            ? trimmed[..^2]
            : trimmed;
    }

    /// <summary>How often each run of one to four word ids occurs, in all and as a whole line: the fallback for phrases of common words.</summary>
    private sealed class RunCounts
    {
        // A run is keyed by its ids, unused places -1, so counting costs no strings.
        private readonly Dictionary<(int, int, int, int), int> _runs = [];
        private readonly Dictionary<(int, int, int, int), int> _wholeLines = [];

        public RunCounts(List<int[]> lines)
        {
            foreach (var ids in lines)
            {
                for (var n = 1; n <= LongestName; n++)
                {
                    for (var i = 0; i + n <= ids.Length; i++)
                    {
                        var key = Run(ids, i, n);
                        _runs[key] = _runs.GetValueOrDefault(key) + 1;
                    }
                }

                if (ids.Length <= LongestName)
                {
                    var key = Run(ids, 0, ids.Length);
                    _wholeLines[key] = _wholeLines.GetValueOrDefault(key) + 1;
                }
            }
        }

        public bool InOtherLines(List<int> ids)
        {
            var key = Run([.. ids], 0, ids.Count);
            return _runs.GetValueOrDefault(key) > _wholeLines.GetValueOrDefault(key);
        }

        private static (int, int, int, int) Run(int[] ids, int start, int length) =>
            (At(ids, start, length, 0), At(ids, start, length, 1), At(ids, start, length, 2), At(ids, start, length, 3));

        private static int At(int[] ids, int start, int length, int place) => place < length ? ids[start + place] : -1;
    }
}
