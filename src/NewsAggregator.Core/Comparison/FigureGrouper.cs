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
    public const double DifferentValueSimilarity = 0.15;
    public const double ModifierBonus = 0.1;
    public const double CloseValueRatio = 1.1;
    public const double RoundedValueRatio = 1.02;
    public const double RoundedValueSimilarity = 0.02;
    private const int ContextWords = 4;
    private const int MaxMentionsPerKey = 400;

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

        var clusters = new List<Cluster>();
        foreach (var sameKey in mentions.GroupBy(m => m.Mention.Key))
        {
            // Clustering is cubic in the mentions of one key; a story big enough to exceed the cap
            // is too broad for its figures to be compared meaningfully anyway.
            clusters.AddRange(Agglomerate(text, [.. sameKey.Take(MaxMentionsPerKey)]));
        }

        return clusters
            .Where(c => c.Members.Select(m => m.Sentence.ArticleIndex).Distinct().Count() >= 2)
            .Select(c => c.ToGroup(text))
            .OrderByDescending(g => g.Disagrees)
            .ThenByDescending(g => g.ArticleIds.Count())
            .ToList();
    }

    /// <summary>
    /// Single-link clustering of the mentions of one key: the link between two groups is the best
    /// likeness between their members, kept in a matrix that is updated as groups merge.
    /// </summary>
    private static List<Cluster> Agglomerate(StoryText text, List<Located> mentions)
    {
        var n = mentions.Count;
        var norms = mentions.Select(m => text.Norm(m.Context)).ToArray();
        var link = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                link[i, j] = link[j, i] = Likeness(text, mentions[i], mentions[j], norms[i], norms[j]);
            }
        }

        var clusters = mentions.Select(m => new Cluster(m)).ToArray();
        var active = Enumerable.Repeat(true, n).ToArray();
        while (true)
        {
            var (bestA, bestB, bestLink) = (-1, -1, 0.0);
            for (var a = 0; a < n; a++)
            {
                for (var b = a + 1; b < n && active[a]; b++)
                {
                    if (active[b] && link[a, b] > bestLink && link[a, b] >= Needed(clusters[a], clusters[b]))
                    {
                        (bestA, bestB, bestLink) = (a, b, link[a, b]);
                    }
                }
            }

            if (bestA < 0)
            {
                break;
            }

            clusters[bestA].Absorb(clusters[bestB]);
            active[bestB] = false;
            for (var m = 0; m < n; m++)
            {
                link[bestA, m] = link[m, bestA] = Math.Max(link[bestA, m], link[bestB, m]);
            }
        }

        return [.. clusters.Where((_, i) => active[i])];
    }

    /// <summary>The likeness two groups need to merge, or infinity when they must not.</summary>
    private static double Needed(Cluster x, Cluster y)
    {
        if (!ModifiersAgree(x.Modifier, y.Modifier) || x.ConflictsWithin(y))
        {
            return double.PositiveInfinity;
        }

        var low = Math.Min(x.Min, y.Min);
        var high = Math.Max(x.Max, y.Max);
        if (low <= 0)
        {
            return high == low ? SameValueSimilarity : double.PositiveInfinity;
        }

        // Values within a few percent ("around 200" and "up to 190 miles") are most likely the
        // same quantity rounded differently, so they need no more likeness than equal ones.
        var ratio = high / low;
        return ratio > MaxValueRatio ? double.PositiveInfinity
            : ratio <= RoundedValueRatio ? RoundedValueSimilarity
            : ratio <= CloseValueRatio ? SameValueSimilarity
            : DifferentValueSimilarity;
    }

    private static double Likeness(StoryText text, Located a, Located b, double normA, double normB)
    {
        var likeness = 0.0;
        if (normA > 0 && normB > 0)
        {
            var dot = 0.0;
            foreach (var stem in a.Context)
            {
                if (b.Context.Contains(stem))
                {
                    var w = text.Weight(stem);
                    dot += w * w;
                }
            }

            likeness = dot / (normA * normB);
        }

        if (NamesModifierOf(a, b) || NamesModifierOf(b, a))
        {
            likeness += ModifierBonus;
        }

        return likeness;
    }

    /// <summary>Whether <paramref name="other"/>'s sentence names all of <paramref name="mention"/>'s modifier words.</summary>
    private static bool NamesModifierOf(Located mention, Located other) =>
        mention.Modifier is { Count: > 0 } modifier
        && modifier.All(m => other.Context.Any(c => SameRoot(m, c)) || (other.Modifier?.Any(c => SameRoot(m, c)) ?? false));

    /// <summary>Stems with a common start of five letters: "canad" (Canadian) and "canada".</summary>
    private static bool SameRoot(string a, string b)
    {
        const int RootLength = 5;
        return a.Length >= RootLength && b.Length >= RootLength
            ? string.CompareOrdinal(a, 0, b, 0, RootLength) == 0
            : a == b;
    }

    private sealed record Located(FigureMention Mention, StorySentence Sentence, HashSet<string> Context, HashSet<string>? Modifier);

    private sealed class Cluster(Located first)
    {
        private readonly List<Located> _members = [first];

        public IReadOnlyList<Located> Members => _members;

        public string? Modifier { get; private set; } = first.Mention.Modifier;

        public double Min { get; private set; } = first.Mention.Value;

        public double Max { get; private set; } = first.Mention.Value;

        /// <summary>
        /// Whether one report gives both groups, with different values. A report states one quantity
        /// one way, so its two different numbers of the same thing are two quantities ("404 yards" by
        /// one player, "440 yards" by another), not reports disagreeing.
        /// </summary>
        public bool ConflictsWithin(Cluster other)
        {
            foreach (var mine in _members)
            {
                foreach (var theirs in other._members)
                {
                    if (mine.Sentence.ArticleIndex == theirs.Sentence.ArticleIndex
                        && Math.Max(mine.Mention.Value, theirs.Mention.Value) > Math.Min(mine.Mention.Value, theirs.Mention.Value) * RoundedValueRatio)
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        public void Absorb(Cluster other)
        {
            _members.AddRange(other._members);
            Modifier ??= other.Modifier;
            Min = Math.Min(Min, other.Min);
            Max = Math.Max(Max, other.Max);
        }

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
