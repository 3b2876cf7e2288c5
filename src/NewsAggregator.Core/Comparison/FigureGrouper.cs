namespace NewsAggregator.Core.Comparison;

/// <summary>
/// Groups figure mentions across reports by what they count, bottom-up: the closest pair of groups
/// merges first, as long as they count the same thing (same key; modifiers equal or one missing),
/// their values stay within a factor of <see cref="MaxValueRatio"/> (10,000 and 12,000 troops may be
/// one estimate; 10,000 and 50,000 are two facts), and their sentences are about the same thing.
/// Sentence likeness is the weighted cosine of the words around the number (the number, its noun
/// and its hedge left out), plus <see cref="ModifierBonus"/> when one sentence names the other's
/// modifier ("North Korea has deployed up to 12,000 troops" fits "12,000 North Korean troops").
/// The likeness needed falls as values get closer: values within <see cref="RoundedValueRatio"/>
/// ("$56 billion", "$56.2 billion") are the same figure rounded differently and need only a little
/// shared context; values within <see cref="CloseValueRatio"/> ("around 200", "up to 190 miles") need
/// as much as equal values; values further apart need <see cref="DifferentValueSimilarity"/>.
/// </summary>
internal static class FigureGrouper
{
    public const double MaxValueRatio = 1.5;
    public const double SameValueSimilarity = 0.05;
    public const double DifferentValueSimilarity = 0.1;
    public const double ModifierBonus = 0.1;
    public const double CloseValueRatio = 1.1;
    public const double RoundedValueRatio = 1.02;
    public const double RoundedValueSimilarity = 0.02;
    private const int ContextWords = 4;

    public static IReadOnlyList<FigureGroup> Group(StoryText text)
    {
        var mentions = new List<Located>();
        foreach (var sentence in text.Sentences)
        {
            foreach (var mention in FigureExtractor.Extract(sentence.Text))
            {
                var context = new HashSet<string>(sentence.Stems.Where(s => !char.IsDigit(s[0])), StringComparer.Ordinal);
                var modifier = mention.Modifier is null ? null : WordForms.ContentStems(mention.Modifier);
                context.Remove(WordForms.Stem(mention.Key));
                context.ExceptWith(WordForms.ContentStems(mention.Phrase).Except(modifier ?? []));
                mentions.Add(new Located(mention, sentence, context, modifier));
            }
        }

        var similarity = new double[mentions.Count, mentions.Count];
        for (var i = 0; i < mentions.Count; i++)
        {
            for (var j = i + 1; j < mentions.Count; j++)
            {
                if (mentions[i].Mention.Key == mentions[j].Mention.Key)
                {
                    similarity[i, j] = similarity[j, i] = Likeness(text, mentions[i], mentions[j]);
                }
            }
        }

        var clusters = mentions.Select((m, i) => new Cluster(mentions, i)).ToList();
        while (BestMerge(clusters, similarity) is var (a, b))
        {
            clusters[a].Absorb(clusters[b]);
            clusters.RemoveAt(b);
        }

        return clusters
            .Where(c => c.Members.Select(m => m.Sentence.ArticleIndex).Distinct().Count() >= 2)
            .Select(c => c.ToGroup(text))
            .OrderByDescending(g => g.Disagrees)
            .ThenByDescending(g => g.ArticleIds.Count())
            .ToList();
    }

    private static double Likeness(StoryText text, Located a, Located b)
    {
        var likeness = text.Cosine(a.Context, b.Context);
        if ((a.Modifier is { Count: > 0 } ma && ma.IsSubsetOf(b.Context.Union(b.Modifier ?? [])))
            || (b.Modifier is { Count: > 0 } mb && mb.IsSubsetOf(a.Context.Union(a.Modifier ?? []))))
        {
            likeness += ModifierBonus;
        }

        return likeness;
    }

    private static (int A, int B)? BestMerge(List<Cluster> clusters, double[,] similarity)
    {
        (int, int)? best = null;
        var bestLink = 0.0;
        for (var a = 0; a < clusters.Count; a++)
        {
            for (var b = a + 1; b < clusters.Count; b++)
            {
                var (x, y) = (clusters[a], clusters[b]);
                if (x.Key != y.Key || !ModifiersAgree(x.Modifier, y.Modifier))
                {
                    continue;
                }

                var low = Math.Min(x.Min, y.Min);
                var high = Math.Max(x.Max, y.Max);
                if (low > 0 ? high / low > MaxValueRatio : high != low)
                {
                    continue;
                }

                var link = x.Indexes.Max(i => y.Indexes.Max(j => similarity[i, j]));
                // Values within a few percent ("around 200" and "up to 190 miles") are most likely the
                // same quantity rounded differently, so they need no more likeness than equal ones.
                var ratio = high / Math.Max(low, double.Epsilon);
                var needed = ratio <= RoundedValueRatio ? RoundedValueSimilarity
                    : ratio <= CloseValueRatio ? SameValueSimilarity
                    : DifferentValueSimilarity;
                if (link >= needed && link > bestLink)
                {
                    best = (a, b);
                    bestLink = link;
                }
            }
        }

        return best;
    }

    private sealed record Located(FigureMention Mention, StorySentence Sentence, HashSet<string> Context, HashSet<string>? Modifier);

    private sealed class Cluster(List<Located> all, int first)
    {
        public List<int> Indexes { get; } = [first];

        public IEnumerable<Located> Members => Indexes.Select(i => all[i]);

        public string Key => all[Indexes[0]].Mention.Key;

        public string? Modifier => Members.Select(m => m.Mention.Modifier).FirstOrDefault(m => m is not null);

        public double Min => Members.Min(m => m.Mention.Value);

        public double Max => Members.Max(m => m.Mention.Value);

        public void Absorb(Cluster other) => Indexes.AddRange(other.Indexes);

        public FigureGroup ToGroup(StoryText text)
        {
            var members = Members.OrderBy(m => m.Sentence.Index).ToList();
            var values = members
                .GroupBy(m => Math.Round(m.Mention.Value, 6))
                .Select(g => new FigureValue(
                    g.Key,
                    g.First().Mention.Display,
                    [.. g.Select(m => m.Mention.Hedge).OfType<string>().Distinct()],
                    [.. g.Select(m => text.Articles[m.Sentence.ArticleIndex].ArticleId).Distinct()],
                    [.. g.Select(m => new FigureMentionText(text.Articles[m.Sentence.ArticleIndex].ArticleId, m.Mention.Phrase, m.Sentence.Text))]))
                .OrderByDescending(v => v.ArticleIds.Count)
                .ThenBy(v => v.Value)
                .ToList();

            var counted = members.GroupBy(m => m.Mention.Counted, StringComparer.OrdinalIgnoreCase)
                .OrderByDescending(g => g.Count()).First().Key;

            // Words several of the mentions' sentences share say what the figure is about ("range", "aid").
            var surface = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var word in members.SelectMany(m => WordForms.Words(m.Sentence.Text)))
            {
                surface.TryAdd(WordForms.Stem(word), word);
            }

            var context = members.SelectMany(m => m.Context)
                .GroupBy(s => s)
                .Where(g => g.Count() >= 2)
                .OrderByDescending(g => g.Count() * text.Weight(g.Key))
                .ThenBy(g => g.Key, StringComparer.Ordinal)
                .Take(ContextWords)
                .Select(g => surface.GetValueOrDefault(g.Key, g.Key))
                .ToList();

            var disagrees = values.Count > 1 && members.Select(m => m.Sentence.ArticleIndex).Distinct().Count() > 1;
            return new FigureGroup(counted, Modifier, context, disagrees, values);
        }
    }

    /// <summary>"North Korean" = "north korean"; "U.S." = "US"; a missing modifier agrees with any.</summary>
    private static bool ModifiersAgree(string? a, string? b)
    {
        if (a is null || b is null)
        {
            return true;
        }

        return Normalise(a) == Normalise(b);
    }

    private static string Normalise(string modifier) =>
        new([.. modifier.Where(char.IsLetter).Select(char.ToLowerInvariant)]);
}
