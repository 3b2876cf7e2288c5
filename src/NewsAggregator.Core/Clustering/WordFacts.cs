namespace NewsAggregator.Core.Clustering;

/// <summary>
/// What reading story terms learns from a word wherever it stands: the month it names, its value
/// as a number, whether it is a stop word, and the word and name terms it makes. A thread's known
/// words share one of these per word (see <see cref="Token.Facts"/>), so each fact is worked out
/// once, the first time it is asked for, rather than at every use of the word.
/// </summary>
/// <remarks>
/// Each fact sits in one field written in one step, so a reader on another thread sees it either
/// not yet worked out or whole; working it out twice gives the same answer.
/// </remarks>
internal sealed class WordFacts(string text, string folded)
{
    private const int MonthUnknown = -2;
    private const sbyte FlagUnknown = -1;

    // NaN: not read yet; negative infinity: not a number (a read value is never negative).
    private double _number = double.NaN;
    private int _month = MonthUnknown;
    private sbyte _stopWord = FlagUnknown;
    private string? _wordTerm;
    private string? _nameTerm;
    private string? _stem;

    /// <summary>The month the word names (0 for January), or -1.</summary>
    public int Month => _month != MonthUnknown ? _month : _month = FeatureExtractor.MonthIndex(folded);

    public bool IsStopWord
    {
        get
        {
            if (_stopWord == FlagUnknown)
            {
                _stopWord = Tokenizer.StopWords.Contains(folded) ? (sbyte)1 : (sbyte)0;
            }

            return _stopWord == 1;
        }
    }

    /// <summary><see cref="NumberReader.TryRead"/> of the word as written.</summary>
    public bool TryReadNumber(out double value)
    {
        var number = _number;
        if (double.IsNaN(number))
        {
            number = _number = NumberReader.TryRead(text, out var read) ? read : double.NegativeInfinity;
        }

        value = double.IsNegativeInfinity(number) ? 0 : number;
        return !double.IsNegativeInfinity(number);
    }

    /// <summary>The word term: "w:" and the stem (<see cref="Stemmer.Term"/>).</summary>
    public string WordTerm => _wordTerm ??= Stemmer.Term("w:", folded);

    /// <summary>The name term: "n:" and the name key (<see cref="NameKey.Term"/>).</summary>
    public string NameTerm => _nameTerm ??= NameKey.Term("n:", folded);

    /// <summary>The stem alone, as a number's unit (<see cref="Stemmer.Stem"/>).</summary>
    public string Stem => _stem ??= Stemmer.Stem(folded);
}
