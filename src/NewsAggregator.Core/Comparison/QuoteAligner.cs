namespace NewsAggregator.Core.Comparison;

/// <summary>
/// Lines up quoted sentences across reports. Two sentences of compatible speakers (the same person,
/// or one unknown) match directly when their words mostly agree (Dice ≥ <see cref="DirectThreshold"/>
/// over all word stems, sharing a content word) or one holds all words of the other. Paraphrases are
/// then found through their neighbours: when two quotes of one speaker share a matched sentence, the
/// sentences just before and after it in both quotes are taken as the same statement reworded,
/// provided neither has a direct match in the other report and they share a content word or a named
/// speaker. Matches are transitive (union-find), so one group can gather every report's version.
/// </summary>
internal static class QuoteAligner
{
    public const double DirectThreshold = 0.6;
    public const double RewordedThreshold = 0.6;
    private const double NearlySameThreshold = 0.85;

    public static IReadOnlyList<QuoteGroup> Align(IReadOnlyList<ExtractedQuote> quotes, IReadOnlyList<ComparisonInput> articles)
    {
        var segments = new List<Segment>();
        foreach (var quote in quotes)
        {
            for (var i = 0; i < quote.Segments.Count; i++)
            {
                var text = quote.Segments[i];
                segments.Add(new Segment(segments.Count, quote, i, text, WordForms.AllStems(text), WordForms.ContentStems(text)));
            }
        }

        var sets = new DisjointSets(segments.Count);
        var directPartners = new HashSet<(int Segment, int Article)>();
        var anchors = new List<(Segment A, Segment B)>();
        for (var x = 0; x < segments.Count; x++)
        {
            for (var y = x + 1; y < segments.Count; y++)
            {
                var (a, b) = (segments[x], segments[y]);
                if (a.Quote.ArticleIndex == b.Quote.ArticleIndex || !SpeakersAgree(a.Quote, b.Quote) || !MatchDirectly(a, b))
                {
                    continue;
                }

                sets.Union(x, y);
                directPartners.Add((x, b.Quote.ArticleIndex));
                directPartners.Add((y, a.Quote.ArticleIndex));
                anchors.Add((a, b));
            }
        }

        var byQuote = segments.GroupBy(s => s.Quote).ToDictionary(g => g.Key, g => g.OrderBy(s => s.Order).ToList());
        foreach (var (a, b) in anchors)
        {
            foreach (var step in new[] { -1, 1 })
            {
                var (qa, qb) = (byQuote[a.Quote], byQuote[b.Quote]);
                for (int i = a.Order + step, j = b.Order + step; i >= 0 && j >= 0 && i < qa.Count && j < qb.Count; i += step, j += step)
                {
                    var (x, y) = (qa[i], qb[j]);
                    if (sets.Find(x.Id) == sets.Find(y.Id)
                        || directPartners.Contains((x.Id, y.Quote.ArticleIndex))
                        || directPartners.Contains((y.Id, x.Quote.ArticleIndex))
                        || !(WordForms.Shared(x.Content, y.Content) > 0 || NamedSameSpeaker(x.Quote, y.Quote)))
                    {
                        break;
                    }

                    sets.Union(x.Id, y.Id);
                }
            }
        }

        return segments
            .GroupBy(s => sets.Find(s.Id))
            .Select(g => ToGroup([.. g], articles))
            .OrderByDescending(g => g.Group.ArticleIds.Count)
            .ThenBy(g => g.First)
            .Select(g => g.Group)
            .ToList();
    }

    private static bool MatchDirectly(Segment a, Segment b)
    {
        if (WordForms.Shared(a.Content, b.Content) == 0)
        {
            return false;
        }

        if (WordForms.Dice(a.Words, b.Words) >= DirectThreshold)
        {
            return true;
        }

        // A fragment quoted inside another report's longer quote: "fair peace" in "We want fair peace."
        var (small, large) = a.Words.Count <= b.Words.Count ? (a, b) : (b, a);
        return small.Content.Count >= 2 && WordForms.Shared(small.Words, large.Words) == small.Words.Count;
    }

    private static bool SpeakersAgree(ExtractedQuote a, ExtractedQuote b) =>
        a.Speaker is null || b.Speaker is null || SpeakerLexicon.SamePerson(a.Speaker, b.Speaker);

    private static bool NamedSameSpeaker(ExtractedQuote a, ExtractedQuote b) =>
        a.Speaker is not null && b.Speaker is not null && SpeakerLexicon.SamePerson(a.Speaker, b.Speaker);

    private static ((int Article, int Quote, int Order) First, QuoteGroup Group) ToGroup(List<Segment> members, IReadOnlyList<ComparisonInput> articles)
    {
        var speaker = members.Select(m => m.Quote.Speaker).OfType<string>()
            .GroupBy(s => s).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key.Length).FirstOrDefault()?.Key;

        var variants = members
            .GroupBy(m => string.Join(' ', WordForms.Words(m.Text)))
            .Select(g => (Members: g.ToList(), Articles: g.Select(m => m.Quote.ArticleIndex).Distinct().Order().ToList()))
            .OrderByDescending(v => v.Articles.Count)
            .ThenBy(v => v.Members.Min(m => m.Id))
            .ToList();

        var main = variants[0].Members[0];
        var result = variants.Select((v, i) => new QuoteVariant(
            v.Members[0].Text,
            i == 0 ? QuoteVariantKind.Main : Classify(v.Members[0], main),
            [.. v.Articles.Select(a => articles[a].ArticleId)])).ToList();

        var first = members.Min(m => (m.Quote.ArticleIndex, m.Quote.Ordinal, m.Order));
        var articleIds = members.Select(m => m.Quote.ArticleIndex).Distinct().Order().Select(a => articles[a].ArticleId).ToList();
        return (first, new QuoteGroup(speaker, articleIds, result));
    }

    private static QuoteVariantKind Classify(Segment variant, Segment main)
    {
        // Dropping one small word is rewording; quoting a few words out of the sentence is partial.
        var dice = WordForms.Dice(variant.Words, main.Words);
        if (dice >= NearlySameThreshold)
        {
            return QuoteVariantKind.Reworded;
        }

        if (WordForms.Shared(variant.Words, main.Words) == Math.Min(variant.Words.Count, main.Words.Count))
        {
            return QuoteVariantKind.Partial;
        }

        return dice >= RewordedThreshold ? QuoteVariantKind.Reworded : QuoteVariantKind.Paraphrase;
    }

    private sealed record Segment(int Id, ExtractedQuote Quote, int Order, string Text, HashSet<string> Words, HashSet<string> Content);

    private sealed class DisjointSets
    {
        private readonly int[] _parent;

        public DisjointSets(int count) => _parent = [.. Enumerable.Range(0, count)];

        public int Find(int x)
        {
            while (_parent[x] != x)
            {
                _parent[x] = _parent[_parent[x]];
                x = _parent[x];
            }

            return x;
        }

        public void Union(int x, int y) => _parent[Find(x)] = Find(y);
    }
}
