using System.Globalization;
using System.Runtime.InteropServices;

namespace NewsAggregator.Core.Clustering;

/// <summary>
/// Turns an article's text into weighted terms: word stems ("w:"), names ("n:"), numbers with what
/// they count ("#"), dates ("d:") and years ("y:"). Terms from the title count more than terms from
/// the body, and names and counted numbers more than words, because they are what tells one
/// earthquake or one merger from another.
/// </summary>
public static class FeatureExtractor
{
    public const float TitleWeight = 2.0f;
    public const float LeadWeight = 1.5f;
    /// <summary>Paragraph k (from 0 after the lead) weighs 1 / (1 + k * decay): background sits late in a report.</summary>
    public const float BodyDecay = 0.5f;
    public const float NameWeight = 1.5f;
    public const float CountedNumberWeight = 1.5f;
    public const float BareNumberWeight = 1.0f;
    public const float DateWeight = 1.5f;
    public const float YearWeight = 2.0f;
    /// <summary>The publication year counts as much as a year named in the headline.</summary>
    public const float PublicationYearWeight = YearWeight * TitleWeight;

    private static readonly string[] Months =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    /// <summary>The weighted terms of one article.</summary>
    /// <param name="title">The headline (or the lead, when the file had none).</param>
    /// <param name="paragraphs">The body in reading order; the first counts as the lead.</param>
    /// <param name="published">When known, its year counts as a term: the parsers lift datelines out of the text, and with them the year that tells this year's flood from last year's.</param>
    public static ArticleTerms Extract(string title, IEnumerable<string> paragraphs, DateTime? published = null)
    {
        var zones = TokenZones.Scan(title, paragraphs);
        var evidence = CaseEvidence.From(zones);

        // An article has about two distinct terms for every five tokens (up to one for every two in
        // nine articles of ten): sized from the tokens, the terms seldom regrow.
        var terms = new ArticleTerms((zones.TokenCount / 2) + 8);
        if (published is { } date)
        {
            terms.Add("y:" + date.Year.ToString(CultureInfo.InvariantCulture), PublicationYearWeight, null);
        }

        // One zone's sums are kept apart and weighted once, so a term's weight is its count in the
        // zone times the zone's weight; the scratch terms are reused from zone to zone.
        var zone = new ArticleTerms();
        var surnames = new SurnameEvidence();
        var names = new bool[zones.TokenCount];
        for (var z = 0; z < zones.Count; z++)
        {
            zone.Clear();
            var zoneNames = zones.Slice(names, z);
            AddZone(zones[z], evidence.TitleCase[z], 1f, evidence, zone, terms, zoneNames);
            surnames.Read(zones[z], zoneNames);
            var weight = z switch
            {
                0 => TitleWeight,
                1 => LeadWeight,
                _ => 1f / (1f + ((z - 1) * BodyDecay)),
            };
            // The zone recorded its surfaces in the article's terms as it met them.
            foreach (var (term, w) in zone.Weights)
            {
                terms.Add(term, w * weight, null);
            }
        }

        zones.Release();
        terms.Surnames.UnionWith(surnames.Surnames());
        terms.Bodies.UnionWith(surnames.Bodies());
        return terms;
    }

    /// <summary>Terms per zone (title first, then each non-empty paragraph), before zone weights.</summary>
    internal static List<ArticleTerms> ExtractZones(string title, IEnumerable<string> paragraphs)
    {
        var surnames = new SurnameEvidence();
        var zones = TokenZones.Scan(title, paragraphs);
        var evidence = CaseEvidence.From(zones);
        var names = new bool[zones.TokenCount];
        var result = new List<ArticleTerms>(zones.Count);
        for (var z = 0; z < zones.Count; z++)
        {
            var terms = new ArticleTerms();
            var zoneNames = zones.Slice(names, z);
            AddZone(zones[z], evidence.TitleCase[z], 1f, evidence, terms, null, zoneNames);
            surnames.Read(zones[z], zoneNames);
            result.Add(terms);
        }

        zones.Release();
        return result;
    }

    /// <summary>
    /// Adds one zone's terms. When the zone's sums go to <paramref name="article"/> later, their
    /// surfaces go there now; without it the zone keeps its own. <paramref name="names"/> learns
    /// which tokens became name terms.
    /// </summary>
    private static void AddZone(ReadOnlySpan<Token> tokens, bool titleCase, float zoneWeight, CaseEvidence evidence, ArticleTerms terms, ArticleTerms? article, Span<bool> names)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            var folded = token.Folded;
            var facts = token.Facts;

            if (facts.Month is var month and >= 0 && (token.IsCapitalised || token.IsAllCaps))
            {
                if (DayNear(tokens, i) is { } day)
                {
                    Add(terms, $"d:{Months[month]}-{day}", DateWeight * zoneWeight);
                }

                continue;
            }

            if (facts.TryReadNumber(out var value) && (token.IsNumber || value >= 2))
            {
                i = AddNumber(tokens, i, value, zoneWeight, terms);
                continue;
            }

            if (!token.HasLetter || facts.IsStopWord)
            {
                continue;
            }

            if (IsName(token, titleCase, folded, evidence))
            {
                if (folded.Length < 2)
                {
                    continue; // an initial ("L.") names nobody in particular
                }

                terms.AddToZone(facts.NameTerm, NameWeight * zoneWeight, token.Text, article ?? terms);
                names[i] = true;
            }
            else if (folded.Length >= 3)
            {
                terms.AddToZone(facts.WordTerm, zoneWeight, folded, article ?? terms);
            }
        }
    }

    private static bool IsName(Token token, bool titleCase, string folded, CaseEvidence evidence)
    {
        if (token.IsAllCaps && token.Text.Length >= 2)
        {
            return true;
        }

        if (!token.IsCapitalised)
        {
            return false;
        }

        // Capitals at a sentence start or in a Title Case headline prove nothing: trust them only
        // when the same word is capitalised mid-sentence somewhere in the article.
        return (!token.SentenceStart && !titleCase) || evidence.CapitalisedMidSentence.Contains(folded);
    }

    private static int AddNumber(ReadOnlySpan<Token> tokens, int i, double value, float zoneWeight, ArticleTerms terms)
    {
        var isYear = tokens[i].Text.Length == 4 && tokens[i].IsNumber && value is >= 1900 and <= 2100 && value % 1 == 0;
        var end = i;
        if (end + 1 < tokens.Length && NumberReader.TryMultiplier(tokens[end + 1].Text, out var factor))
        {
            value *= factor;
            isYear = false;
            end++;
        }

        if (isYear)
        {
            Add(terms, "y:" + NumberReader.Canonical(value), YearWeight * zoneWeight);
            return end;
        }

        var unit = UnitAfter(tokens, end) ?? UnitBefore(tokens, i);
        var canonical = NumberReader.Canonical(value);
        if (unit is not null)
        {
            Add(terms, $"#{canonical}:{unit}", CountedNumberWeight * zoneWeight);
        }

        if (value >= 10 || value % 1 != 0)
        {
            Add(terms, "#" + canonical, BareNumberWeight * zoneWeight);
        }

        return end;
    }

    /// <summary>What the number counts: the first lower-case content word within three tokens ("12,000 North Korean troops").</summary>
    private static string? UnitAfter(ReadOnlySpan<Token> tokens, int i)
    {
        for (var k = i + 1; k < tokens.Length && k <= i + 3; k++)
        {
            var t = tokens[k];
            if (t.IsNumber)
            {
                return null;
            }

            var folded = t.Folded;
            if (t.IsCapitalised || t.Facts.IsStopWord || folded.Length < 3)
            {
                continue;
            }

            return t.Facts.Stem;
        }

        return null;
    }

    /// <summary>For "magnitude 6.1" or "killed 8": the content word just before the number.</summary>
    private static string? UnitBefore(ReadOnlySpan<Token> tokens, int i)
    {
        if (i == 0)
        {
            return null;
        }

        var t = tokens[i - 1];
        return t.IsNumber || t.IsCapitalised || t.Facts.IsStopWord || t.Folded.Length < 3 ? null : t.Facts.Stem;
    }

    private static int? DayNear(ReadOnlySpan<Token> tokens, int i)
    {
        foreach (var k in (ReadOnlySpan<int>)[i + 1, i - 1])
        {
            if (k >= 0 && k < tokens.Length && tokens[k].IsNumber && tokens[k].Text.Length <= 2
                && int.TryParse(tokens[k].Text, out var day) && day is >= 1 and <= 31)
            {
                return day;
            }
        }

        return null;
    }

    /// <summary>The month a folded word names (0 for January), or -1.</summary>
    internal static int MonthIndex(string folded) => folded switch
    {
        "january" => 0,
        "february" => 1,
        "march" => 2,
        "april" => 3,
        "may" => 4,
        "june" => 5,
        "july" => 6,
        "august" => 7,
        "september" => 8,
        "october" => 9,
        "november" => 10,
        "december" => 11,
        _ => -1,
    };

    private static void Add(ArticleTerms terms, string term, float weight) => terms.Add(term, weight, null);

    /// <summary>
    /// Which names close a longer name somewhere in the article and stand alone somewhere else: how
    /// reports name people ("Jamal Williams ... Williams said"), seldom places or bodies.
    /// </summary>
    private sealed class SurnameEvidence
    {
        private readonly HashSet<string> _closing = new(StringComparer.Ordinal);
        private readonly HashSet<string> _alone = new(StringComparer.Ordinal);
        private readonly HashSet<string> _afterThe = new(StringComparer.Ordinal);

        /// <param name="tokens">One zone's tokens.</param>
        /// <param name="names">Which of them became name terms.</param>
        public void Read(ReadOnlySpan<Token> tokens, ReadOnlySpan<bool> names)
        {
            for (var i = 0; i < tokens.Length; i++)
            {
                if (!names[i])
                {
                    continue;
                }

                var before = i > 0 && names[i - 1];
                var after = i + 1 < tokens.Length && names[i + 1];
                if (!after)
                {
                    var term = tokens[i].Facts.NameTerm;
                    (before ? _closing : _alone).Add(term);
                    if (!before && i > 0 && tokens[i - 1].Folded == "the")
                    {
                        _afterThe.Add(term);
                    }
                }
            }
        }

        public IEnumerable<string> Surnames() => _closing.Where(t => _alone.Contains(t) && !_afterThe.Contains(t));

        public HashSet<string> Bodies() => _afterThe;
    }

    /// <summary>What the whole article says about which words are written with capitals.</summary>
    private sealed class CaseEvidence
    {
        public HashSet<string> CapitalisedMidSentence { get; } = [];

        /// <summary>Whether each zone, by index, is a Title Case headline (<see cref="IsTitleCase"/>).</summary>
        public List<bool> TitleCase { get; } = [];

        public static CaseEvidence From(TokenZones zones)
        {
            var evidence = new CaseEvidence();
            for (var z = 0; z < zones.Count; z++)
            {
                var tokens = zones[z];
                var titleCase = IsTitleCase(tokens);
                evidence.TitleCase.Add(titleCase);
                if (titleCase)
                {
                    continue;
                }

                foreach (var t in tokens)
                {
                    if (t.IsCapitalised && !t.SentenceStart)
                    {
                        evidence.CapitalisedMidSentence.Add(t.Folded);
                    }
                }
            }

            return evidence;
        }

        /// <summary>Headline Style Capitalises Most Words, so capitals there are no sign of a name.</summary>
        public static bool IsTitleCase(ReadOnlySpan<Token> tokens)
        {
            var words = 0;
            var capitalised = 0;
            foreach (var t in tokens)
            {
                // A sentence's first word is capitalised anyway: count only the others.
                if (t.Text.Length >= 4 && !t.IsNumber && !t.SentenceStart)
                {
                    words++;
                    if (t.IsCapitalised)
                    {
                        capitalised++;
                    }
                }
            }

            return words >= 3 && capitalised >= 0.75 * words;
        }
    }

    /// <summary>
    /// The tokens of one article's zones (title first, then each non-empty paragraph) in one list
    /// that the thread keeps for its next article, with the words it has met: a token array for
    /// each paragraph and a string for each word were half of all that reading terms allocated.
    /// </summary>
    private sealed class TokenZones
    {
        /// <summary>Past this many tokens a list is left to the collector rather than kept.</summary>
        private const int LargestKept = 1 << 16;

        [ThreadStatic]
        private static TokenZones? t_spare;

        private readonly List<Token> _tokens = [];
        private readonly List<(int Start, int Count)> _zones = [];
        private readonly KnownWords _words = new();

        public int Count => _zones.Count;

        public int TokenCount => _tokens.Count;

        public ReadOnlySpan<Token> this[int zone] => CollectionsMarshal.AsSpan(_tokens).Slice(_zones[zone].Start, _zones[zone].Count);

        /// <summary>Scans the zones, into the thread's spare list when it has one; hand it back with <see cref="Release"/>.</summary>
        public static TokenZones Scan(string title, IEnumerable<string> paragraphs)
        {
            var zones = t_spare ?? new TokenZones();
            t_spare = null;
            zones.Add(title);
            foreach (var paragraph in paragraphs)
            {
                if (!string.IsNullOrWhiteSpace(paragraph))
                {
                    zones.Add(paragraph);
                }
            }

            return zones;
        }

        /// <summary>The part of <paramref name="perToken"/>, one item per token of the article, that belongs to a zone.</summary>
        public Span<T> Slice<T>(T[] perToken, int zone) => perToken.AsSpan(_zones[zone].Start, _zones[zone].Count);

        /// <summary>Empties the list (dropping its strings) and keeps it for the thread's next article; the zones must not be used after.</summary>
        public void Release()
        {
            if (_tokens.Capacity <= LargestKept)
            {
                _tokens.Clear();
                _zones.Clear();
                t_spare = this;
            }
        }

        private void Add(string text)
        {
            var start = _tokens.Count;
            Tokenizer.Scan(text, _tokens, _words);
            _zones.Add((start, _tokens.Count - start));
        }
    }
}
