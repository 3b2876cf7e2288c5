using System.Collections.Frozen;
using System.Buffers;
using System.Globalization;
using System.Text;

namespace NewsAggregator.Core.Clustering;

/// <summary>One word or number of running text, with the case and position facts that name detection needs.</summary>
public readonly record struct Token
{
    /// <param name="text">The token as written, possessive tail and abbreviation dots removed.</param>
    /// <param name="sentenceStart">True when the token opens a sentence, line or quotation, where capitals prove nothing.</param>
    public Token(string text, bool sentenceStart)
        : this(text, Tokenizer.Fold(text), sentenceStart)
    {
    }

    /// <summary>The same word as <paramref name="word"/> at another place, where only whether it opens a sentence may differ.</summary>
    internal Token(Token word, bool sentenceStart)
    {
        Text = word.Text;
        Folded = word.Folded;
        HasLetter = word.HasLetter;
        IsNumber = word.IsNumber;
        IsCapitalised = word.IsCapitalised;
        IsAllCaps = word.IsAllCaps;
        Facts = word.Facts;
        SentenceStart = sentenceStart;
    }

    private Token(string text, string folded, bool sentenceStart)
    {
        Text = text;
        SentenceStart = sentenceStart;
        var letters = 0;
        var upper = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                letters++;
                if (char.IsUpper(c))
                {
                    upper++;
                }
            }
        }

        HasLetter = letters > 0;
        IsNumber = text.Length > 0 && char.IsDigit(text[0]);
        IsCapitalised = text.Length > 0 && char.IsUpper(text[0]);
        IsAllCaps = text.Length > 1 && letters > 0 && upper == letters;
        Folded = folded;
        Facts = new WordFacts(text, folded);
    }

    public string Text { get; }

    /// <summary>The text folded for comparison (<see cref="Tokenizer.Fold"/>), worked out once.</summary>
    public string Folded { get; }

    public bool SentenceStart { get; }

    public bool HasLetter { get; }

    public bool IsNumber { get; }

    public bool IsCapitalised { get; }

    public bool IsAllCaps { get; }

    /// <summary>What story terms read from the word, worked out once per word rather than once per use.</summary>
    internal WordFacts Facts { get; }

    /// <summary>Tokens are equal when their text and shape are: <see cref="Facts"/> follow from the text.</summary>
    public bool Equals(Token other) =>
        Text == other.Text && Folded == other.Folded && SentenceStart == other.SentenceStart && HasLetter == other.HasLetter
        && IsNumber == other.IsNumber && IsCapitalised == other.IsCapitalised && IsAllCaps == other.IsAllCaps;

    public override int GetHashCode() => HashCode.Combine(Text, SentenceStart);
}

/// <summary>Splits text into tokens.</summary>
public static class Tokenizer
{
    /// <summary>Lower-case content words (stop words and words under three letters dropped), for headline comparison.</summary>
    public static IEnumerable<string> Words(string text) =>
        Scan(text).Where(t => !t.IsNumber).Select(t => t.Text.ToLowerInvariant()).Where(w => w.Length >= 3 && !StopWords.Contains(w));

    /// <summary>
    /// Words and numbers in order. "12,000" and "6.1" stay whole, "U.S." becomes "US", "Biden's"
    /// becomes "Biden"; hyphens and other punctuation split.
    /// </summary>
    public static List<Token> Scan(string text)
    {
        var tokens = new List<Token>();
        Scan(text, tokens, null);
        return tokens;
    }

    /// <summary>
    /// <see cref="Scan(string)"/>, adding the tokens to the end of <paramref name="tokens"/> and
    /// taking words met before from <paramref name="words"/> when given.
    /// </summary>
    internal static void Scan(string text, List<Token> tokens, KnownWords? words)
    {
        // Sized from the spaces, so that a long paragraph's list is not regrown and copied again and again.
        var spaces = text.AsSpan().Count(' ');
        tokens.EnsureCapacity(tokens.Count + spaces + (spaces / 8) + 4);
        // A word is never longer than the text; only short texts put it on the stack.
        char[]? rented = null;
        var word = text.Length <= 256 ? stackalloc char[text.Length] : (rented = ArrayPool<char>.Shared.Rent(text.Length));
        var length = 0;
        var sentenceStart = true;
        var tokenStartsSentence = true;
        var i = 0;

        while (i < text.Length)
        {
            var c = text[i];
            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            if (char.IsLetterOrDigit(c))
            {
                if (length == 0)
                {
                    tokenStartsSentence = sentenceStart;
                }

                word[length++] = c;
            }
            else if ((c is ',' or '.') && length > 0 && char.IsDigit(word[length - 1]) && char.IsDigit(next))
            {
                // Thousands separators and decimals keep a number whole; the comma is dropped.
                if (c == '.')
                {
                    word[length++] = '.';
                }
            }
            else if (c == '.' && length > 0 && char.IsUpper(word[length - 1]) && IsInitialRun(word[..length]) && char.IsUpper(next))
            {
                // "U.S." is one token: skip the dot between capitals.
            }
            else if (c is '\'' or '\u2019' && length > 0 && char.IsLetter(next))
            {
                // Possessive or contraction: keep the stem, skip the tail ("Biden's" -> "Biden").
                Flush(tokens, words, word, ref length, tokenStartsSentence, ref sentenceStart);
                while (i + 1 < text.Length && char.IsLetter(text[i + 1]))
                {
                    i++;
                }
            }
            else
            {
                var endsAbbreviation = c == '.' && length > 0 && IsInitialRun(word[..length]) && length > 1;
                Flush(tokens, words, word, ref length, tokenStartsSentence, ref sentenceStart);
                if (c is '.' or '!' or '?' or ':' or ';' or '\n' or '\r' or '\u2022' && !endsAbbreviation)
                {
                    sentenceStart = true;
                }
            }

            i++;
        }

        Flush(tokens, words, word, ref length, tokenStartsSentence, ref sentenceStart);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }
    }

    private static void Flush(List<Token> tokens, KnownWords? words, Span<char> word, ref int length, bool tokenStartsSentence, ref bool sentenceStart)
    {
        if (length > 0)
        {
            var text = word[..length];
            tokens.Add(words is null ? new Token(new string(text), tokenStartsSentence) : words.Token(text, tokenStartsSentence));
            length = 0;
            sentenceStart = false;
        }
    }

    /// <summary>Folds case and accents: "Zelenskyy", "ZELENSKYY" and "Zelénskyy" meet.</summary>
    public static string Fold(string text)
    {
        var lower = text.ToLowerInvariant();
        if (Ascii.IsValid(lower))
        {
            return lower;
        }

        var decomposed = lower.Normalize(NormalizationForm.FormD);
        var kept = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                kept.Append(c);
            }
        }

        return kept.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>True when the word so far is made of capital letters only, as in the initials of "U.S".</summary>
    private static bool IsInitialRun(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Asked once or more for every word: a frozen set answers faster than a hash set.</summary>
    internal static readonly FrozenSet<string> StopWords = new[]
    {
        "the", "and", "for", "that", "with", "was", "were", "has", "have", "had", "are", "but", "not", "this",
        "from", "his", "her", "its", "they", "their", "them", "who", "which", "will", "would", "could", "been",
        "said", "says", "also", "after", "about", "into", "than", "more", "other", "some", "such", "there",
        "what", "when", "where", "while", "can", "our", "out", "all", "one", "two", "new", "over", "may",
        "a", "an", "as", "at", "be", "by", "he", "in", "is", "it", "of", "on", "or", "she", "so", "to", "we",
        "you", "your", "i", "my", "me", "him", "us", "do", "did", "does", "no", "if", "up", "these", "those",
        "then", "just", "being", "should", "most", "many", "much", "very", "any", "each", "both", "how",
        "why", "only", "own", "same", "too", "here", "now", "before", "during", "against", "between",
        "through", "under", "again", "further", "once", "because", "until", "off", "down", "yet", "still",
        "even", "according", "told", "tell", "say", "saying", "year", "years", "week", "last", "first",
        "time", "like", "get", "got", "make", "made", "well", "back", "way", "according", "another", "around",
        "including", "among", "since", "without", "within", "whether", "though",
        "although", "however", "though", "per", "via", "mr", "mrs", "ms", "dr", "st", "am", "pm",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
        "tomorrow", "ago", "later", "earlier",
    }.ToFrozenSet(StringComparer.Ordinal);
}

/// <summary>
/// Words already met, as tokens, for one thread's run of articles: most words of news text recur,
/// and are then neither copied out of the text, folded nor looked over for capitals again.
/// </summary>
internal sealed class KnownWords
{
    /// <summary>Past this many words they are let go and gathering starts again, so a long run stays small.</summary>
    private const int MostWords = 1 << 14;

    private readonly Dictionary<string, Token> _words = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Token>.AlternateLookup<ReadOnlySpan<char>> _wordsBySpan;

    public KnownWords() => _wordsBySpan = _words.GetAlternateLookup<ReadOnlySpan<char>>();

    public Token Token(ReadOnlySpan<char> word, bool sentenceStart)
    {
        if (!_wordsBySpan.TryGetValue(word, out var known))
        {
            if (_words.Count >= MostWords)
            {
                _words.Clear();
            }

            var text = new string(word);
            known = new Token(text, sentenceStart: false);
            _words.Add(text, known);
        }

        return new Token(known, sentenceStart);
    }
}
