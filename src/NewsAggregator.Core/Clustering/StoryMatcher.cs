using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NewsAggregator.Core.Clustering;

/// <summary>
/// Decides where one article goes: it looks up candidate stories through the inverted index, joins
/// the most similar one when the cosine similarity passes the threshold (else starts a story), and
/// merges other stories the article shows to be the same event.
/// </summary>
internal sealed class StoryMatcher(StoryIndex index, ClusteringOptions options)
{
    private const double FullLengthTerms = 40;

    // Average linkage looks at members rather than centroids, so it asks more than a single join does.
    private const double AverageLinkFactor = 1.3;

    // A main actor: the heaviest surname, with at least this shape weight (a name of the headline or
    // said several times). "Barely mentions": at most this share of the main actor's weight.
    private const float MainActorWeight = 0.2f;
    private const float BarelyMentioned = 0.25f;

    // Who and when: two events of one kind differ in the person at their centre or in their year.
    private readonly Contrast _actors = new(index.IsSurname, MainActorWeight, options.MainActorContrast, DatesDecide: false);
    private readonly Contrast _years = new(index.IsYear, 0f, options.YearContrast, DatesDecide: true);

    // Large by-term and by-story arrays, kept by the index from batch to batch so that each batch
    // does not grow its own again (they reach the large-object heap, whose churn costs full collections).
    private readonly Buffers _buffers = index.PlacementBuffers;

    /// <summary>Places an article already counted in the index; returns its story and the stories merged into it.</summary>
    public (StoryProfile Story, List<StoryProfile> Absorbed) Place(IndexedArticle article)
    {
        var logCorpus = index.LogCorpus(options.MinimumCorpusSize);
        var weights = ArticleWeights(article, logCorpus);
        EnsureCapacity(ref _buffers.Dense);

        for (var k = 0; k < weights.Length; k++)
        {
            _buffers.Dense[article.Terms[k]] = weights[k];
        }

        var threshold = ThresholdFor(article);
        var actor = Heaviest(_actors, article);
        var year = Heaviest(_years, article);
        var scored = new List<(StoryProfile Story, double Similarity)>();
        foreach (var candidate in Candidates(article, weights))
        {
            // The centroid speaks for the story as a whole; the kept members catch a newcomer
            // that is close to one report when the centroid has drifted.
            var similarity = Math.Max(Similarity(candidate, logCorpus), ExemplarSimilarity(candidate, logCorpus));
            similarity = Contrasted(similarity, threshold, _actors, actor, article, candidate);
            similarity = Contrasted(similarity, threshold, _years, year, article, candidate);
            scored.Add((candidate, similarity));
        }

        foreach (var term in article.Terms)
        {
            _buffers.Dense[term] = 0;
        }

        scored.Sort((a, b) => b.Similarity != a.Similarity ? b.Similarity.CompareTo(a.Similarity) : a.Story.Number.CompareTo(b.Story.Number));
        var absorbed = new List<StoryProfile>();
        if (scored.Count == 0 || scored[0].Similarity < threshold)
        {
            var fresh = index.NewStory();
            index.Join(fresh, article);
            Reattach(fresh, scored, logCorpus);
            return (fresh, absorbed);
        }

        var story = scored[0].Story;
        index.Join(story, article);

        // A later article can show that two stories are one event: it matches both, and with it
        // included the two stories are close enough as wholes.
        foreach (var (other, similarity) in scored.Skip(1))
        {
            if (similarity < threshold || other.MergedInto is not null || story.GapDays(other) > options.MaxGapDays)
            {
                continue;
            }

            if (!Differ(_actors, story, other) && !Differ(_years, story, other)
                && (StorySimilarity(story, other, logCorpus) >= options.MergeThreshold
                    || AverageLink(story, other, logCorpus) >= threshold * AverageLinkFactor))
            {
                var survivor = StoryIndex.Merge(story, other);
                absorbed.Add(survivor == story ? other : story);
                story = survivor;
            }
        }

        Reattach(story, scored, logCorpus);
        return (story, absorbed);
    }

    /// <summary>
    /// Groups whose <see cref="StoryProfile.Host"/> changed since the caller last cleared this: their
    /// members are now shown under another story.
    /// </summary>
    public HashSet<StoryProfile> Regrouped { get; } = [];

    /// <summary>
    /// Keeps the loose layer up to date after <paramref name="story"/> changed. A small group is shown
    /// inside the larger story it fits best (a re-telling in other words, a follow-up, the first
    /// report of an event that the next two reports told differently), and a story takes in smaller
    /// groups that the article's lookup found near it. Groups stay groups of their own underneath,
    /// so one that grows as large as its host, or past <see cref="ClusteringOptions.SatelliteSize"/>,
    /// stands alone again. Only the article's candidates are looked at, which keeps the cost flat.
    /// </summary>
    private void Reattach(StoryProfile story, List<(StoryProfile Story, double Similarity)> scored, float logCorpus)
    {
        if (options.AttachThreshold <= 0)
        {
            return;
        }

        var groups = scored.Select(c => StoryIndex.Resolve(c.Story)).Where(g => g != story).Distinct().ToList();

        // The group changed, so its old host has to earn its place again; it is asked first and so
        // keeps the group on a tie.
        var current = story.Host is { } host ? StoryIndex.Resolve(host) : null;
        StoryProfile? best = null;
        if (story.Size <= options.SatelliteSize)
        {
            var bestFit = 0.0;
            foreach (var candidate in current is null || current == story ? groups : groups.Prepend(current))
            {
                if (CanHost(candidate, story) && LooseFit(story, candidate, logCorpus) is var fit
                    && fit >= options.AttachThreshold && (best is null || fit > bestFit))
                {
                    (best, bestFit) = (candidate, fit);
                }
            }
        }

        SetHost(story, best);
        if (story.Host is not null)
        {
            return;
        }

        foreach (var group in groups.Where(g => CanHost(story, g)))
        {
            ConsiderHost(group, story, logCorpus);
        }
    }

    /// <summary>
    /// Whether <paramref name="host"/> may show <paramref name="group"/>: a story standing alone,
    /// larger than the group, and within the publication window. Hosts being strictly larger keeps
    /// the layer one level deep and tells, in a stored story, which group is the host.
    /// </summary>
    private bool CanHost(StoryProfile host, StoryProfile group) =>
        host != group && host.Host is null && host.Size > group.Size && group.Size <= options.SatelliteSize
        && group.GapDays(host) <= options.MaxGapDays;

    /// <summary>Makes <paramref name="host"/> the small group's host when it fits loosely and better than the current one.</summary>
    private void ConsiderHost(StoryProfile group, StoryProfile host, float logCorpus)
    {
        var fit = LooseFit(group, host, logCorpus);
        if (fit < options.AttachThreshold)
        {
            return;
        }

        if (group.Host is { } current)
        {
            var resolved = StoryIndex.Resolve(current);
            if (resolved == host || LooseFit(group, resolved, logCorpus) >= fit)
            {
                return;
            }
        }

        SetHost(group, host);
    }

    private void SetHost(StoryProfile group, StoryProfile? host)
    {
        var current = group.Host is { } h ? StoryIndex.Resolve(h) : null;
        if (current == host)
        {
            return;
        }

        current?.Guests.Remove(group);
        group.Host = host;
        Regrouped.Add(group);
        if (host is null)
        {
            return;
        }

        host.Guests.Add(group);

        // A host's own guests come along, so that every group is at most one step from the story
        // it is shown as.
        foreach (var guest in group.Guests.Select(StoryIndex.Resolve).Distinct().ToList())
        {
            if (guest != host && guest != group)
            {
                guest.Host = host;
                host.Guests.Add(guest);
                Regrouped.Add(guest);
            }
        }

        group.Guests.Clear();
    }

    /// <summary>
    /// The similarity, lowered by the contrast's factor when the article and the story differ in
    /// that kind of term. Only a candidate the article could join needs the check: a lower one
    /// stays below the bar anyway.
    /// </summary>
    private static double Contrasted(double similarity, double threshold, Contrast kind, int? ours, IndexedArticle article, StoryProfile story) =>
        ours is { } term && similarity >= threshold && Differ(kind, article, term, story) ? similarity * kind.Factor : similarity;

    /// <summary>
    /// Whether the article (whose heaviest term of the kind is <paramref name="ours"/>) and the
    /// story differ in it: each side's heaviest term is barely mentioned by the other. One side
    /// alone proves little (a report names a bystander more than the suspect, or a year of
    /// background more than its own); both sides together mark two events of one kind.
    /// </summary>
    private static bool Differ(Contrast kind, IndexedArticle article, int ours, StoryProfile story) =>
        !(kind.DatesDecide && article.Published is not null && story.FirstPublished is not null)
        && story.CentroidWeight(ours) <= BarelyMentioned * Weight(article, ours)
        && Heaviest(kind, story) is { } theirs
        && Weight(article, theirs) <= BarelyMentioned * story.CentroidWeight(theirs);

    /// <summary>The same test between two stories, before a merge.</summary>
    private static bool Differ(Contrast kind, StoryProfile a, StoryProfile b) =>
        kind.Enabled
        && !(kind.DatesDecide && a.FirstPublished is not null && b.FirstPublished is not null)
        && Heaviest(kind, a) is { } ours && b.CentroidWeight(ours) <= BarelyMentioned * a.CentroidWeight(ours)
        && Heaviest(kind, b) is { } theirs && a.CentroidWeight(theirs) <= BarelyMentioned * b.CentroidWeight(theirs);

    private static float Weight(IndexedArticle article, int term) =>
        Array.IndexOf(article.Terms, term) is var k and >= 0 ? article.Counts[k] : 0f;

    private static int? Heaviest(Contrast kind, IndexedArticle article) =>
        kind.Enabled ? Heaviest(kind, article.Terms, article.Counts) : null;

    private static int? Heaviest(Contrast kind, StoryProfile story)
    {
        var (terms, weights) = story.CentroidWeights();
        return Heaviest(kind, terms, weights);
    }

    /// <summary>The heaviest term of the kind (ties by term id), when it weighs at least the kind's minimum.</summary>
    private static int? Heaviest(Contrast kind, int[] terms, float[] weights)
    {
        int? best = null;
        var bestWeight = 0f;
        for (var k = 0; k < terms.Length; k++)
        {
            var (term, w) = (terms[k], weights[k]);
            if (kind.IsKind(term) && (best is null || w > bestWeight || (w == bestWeight && term < best)))
            {
                (best, bestWeight) = (term, w);
            }
        }

        return best is not null && bestWeight >= kind.MinimumWeight ? best : null;
    }

    /// <summary>
    /// One kind of term that tells two events of one kind apart when each side's heaviest is one
    /// the other barely mentions: surnames (who) or years (when). A factor of 1 turns it off. When
    /// <paramref name="DatesDecide"/>, two sides that both carry publication dates are left to the
    /// publication window instead (a story running over New Year spans two years).
    /// </summary>
    private sealed record Contrast(Func<int, bool> IsKind, float MinimumWeight, double Factor, bool DatesDecide)
    {
        public bool Enabled => Factor < 1;
    }

    /// <summary>
    /// Short texts (a headline alone, a brief) share fewer terms even when they report the same
    /// event, so their cosine runs lower: the bar drops with the square root of the term count
    /// below <see cref="FullLengthTerms"/>, to at most half.
    /// </summary>
    private double ThresholdFor(IndexedArticle article) =>
        options.Threshold * Math.Clamp(Math.Sqrt(article.Terms.Length / FullLengthTerms), 0.5, 1.0);

    /// <summary>Normalised tf-idf weights of the article's terms, in the order of <see cref="IndexedArticle.Terms"/>.</summary>
    private float[] ArticleWeights(IndexedArticle article, float logCorpus)
    {
        var weights = new float[article.Terms.Length];
        var norm = 0.0;
        for (var k = 0; k < weights.Length; k++)
        {
            var w = article.Counts[k] * index.Idf(article.Terms[k], logCorpus);
            weights[k] = w;
            norm += w * w;
        }

        if (norm > 0)
        {
            var scale = (float)(1 / Math.Sqrt(norm));
            for (var k = 0; k < weights.Length; k++)
            {
                weights[k] *= scale;
            }
        }

        return weights;
    }

    /// <summary>
    /// Stories sharing the article's most distinctive terms, best overlap first. Each term's posting
    /// list is read from its most recent end and only so far, so the cost stays flat.
    /// </summary>
    private List<StoryProfile> Candidates(IndexedArticle article, float[] weights)
    {
        // Heaviest terms first, ties by term id (distinct within an article, so the order is total),
        // as one integer key per term: weights are never negative, so their bit patterns order as they do.
        var order = new int[weights.Length];
        var keys = new ulong[weights.Length];
        for (var k = 0; k < order.Length; k++)
        {
            order[k] = k;
            keys[k] = ((ulong)(uint)(int.MaxValue - BitConverter.SingleToInt32Bits(weights[k])) << 32) | (uint)article.Terms[k];
        }

        Array.Sort(keys, order);

        if (_buffers.Scores.Length < index.StoryTotal)
        {
            Array.Resize(ref _buffers.Scores, Math.Max(index.StoryTotal, _buffers.Scores.Length * 2));
            Array.Resize(ref _buffers.Seen, _buffers.Scores.Length);
        }

        _buffers.Touched.Clear();
        for (var q = 0; q < Math.Min(options.QueryTerms, order.Length); q++)
        {
            var k = order[q];
            var postings = index.Postings(article.Terms[k]);
            var stop = Math.Max(0, postings.Count - options.PostingScanLimit);
            for (var p = postings.Count - 1; p >= stop; p--)
            {
                var story = StoryIndex.Resolve(postings[p]);
                if (story.GapDays(article.Published) > options.MaxGapDays)
                {
                    continue;
                }

                if (!_buffers.Seen[story.Number])
                {
                    _buffers.Seen[story.Number] = true;
                    _buffers.Scores[story.Number] = 0;
                    _buffers.Touched.Add(story);
                }

                _buffers.Scores[story.Number] += weights[k];
            }
        }

        // Partial selection: thousands of stories can score, only a few are wanted.
        var best = new List<KeyValuePair<StoryProfile, float>>(options.Candidates + 1);
        foreach (var story in _buffers.Touched)
        {
            _buffers.Seen[story.Number] = false;
            var entry = KeyValuePair.Create(story, _buffers.Scores[story.Number]);
            if (best.Count == options.Candidates && !Better(entry, best[^1]))
            {
                continue;
            }

            var at = best.Count;
            while (at > 0 && Better(entry, best[at - 1]))
            {
                at--;
            }

            best.Insert(at, entry);
            if (best.Count > options.Candidates)
            {
                best.RemoveAt(best.Count - 1);
            }
        }

        return [.. best.Select(e => e.Key)];
    }

    private static bool Better(KeyValuePair<StoryProfile, float> a, KeyValuePair<StoryProfile, float> b) =>
        a.Value > b.Value || (a.Value == b.Value && a.Key.Number < b.Key.Number);

    private double Similarity(StoryProfile story, float logCorpus)
    {
        var (terms, centroid) = story.CentroidWeights();
        var (norm, dot) = NormAndDot(terms, centroid, index.LogDocumentFrequencies, logCorpus, _buffers.Dense);
        return norm > 0 ? dot / Math.Sqrt(norm) : 0;
    }

    /// <summary>
    /// For one side's term shapes under the current idf: the squared norm, and the dot product with
    /// <paramref name="other"/> (weights by term id). The hottest loop of placement, so it reads the
    /// arrays without bounds checks: every term id is below the vocabulary size, which all the
    /// by-term arrays cover.
    /// </summary>
    private static (double Norm, double Dot) NormAndDot(int[] terms, float[] shape, ReadOnlySpan<float> logDocumentFrequency, float logCorpus, float[] other)
    {
        if (shape.Length < terms.Length)
        {
            throw new ArgumentException("Every term needs its weight.", nameof(shape));
        }

        ref var shape0 = ref MemoryMarshal.GetArrayDataReference(shape);
        ref var logDf0 = ref MemoryMarshal.GetReference(logDocumentFrequency);
        ref var other0 = ref MemoryMarshal.GetArrayDataReference(other);
        double norm = 0, dot = 0;
        for (var k = 0; k < terms.Length; k++)
        {
            var term = terms[k];
            var w = Unsafe.Add(ref shape0, k) * (logCorpus - Unsafe.Add(ref logDf0, term));
            norm += w * w;
            dot += w * Unsafe.Add(ref other0, term);
        }

        return (norm, dot);
    }

    /// <summary>Mean cosine over pairs of kept members, one from each story: average linkage, which does not favour big stories.</summary>
    private double AverageLink(StoryProfile a, StoryProfile b, float logCorpus)
    {
        if (a.Exemplars.Count == 0 || b.Exemplars.Count == 0)
        {
            return 0;
        }

        // Each member of b is spread over a dense array once, and every member of a is read against
        // it; the sums run over a's terms in order, pair by pair, as a dictionary lookup would.
        var dots = new double[a.Exemplars.Count, b.Exemplars.Count];
        var fromA = a.Exemplars.Select(x => Weights(x, logCorpus)).ToList();
        EnsureCapacity(ref _buffers.PairDense);
        for (var j = 0; j < b.Exemplars.Count; j++)
        {
            var y = b.Exemplars[j];
            var wy = Weights(y, logCorpus);
            for (var k = 0; k < wy.Length; k++)
            {
                _buffers.PairDense[y.Terms[k]] = wy[k];
            }

            for (var i = 0; i < a.Exemplars.Count; i++)
            {
                var x = a.Exemplars[i];
                var wx = fromA[i];
                var dot = 0.0;
                for (var k = 0; k < wx.Length; k++)
                {
                    dot += wx[k] * _buffers.PairDense[x.Terms[k]];
                }

                dots[i, j] = dot;
            }

            foreach (var term in y.Terms)
            {
                _buffers.PairDense[term] = 0;
            }
        }

        var sum = 0.0;
        foreach (var dot in dots)
        {
            sum += dot;
        }

        return sum / dots.Length;
    }

    /// <summary>Normalised tf-idf weights of an article's terms, in the order of <see cref="IndexedArticle.Terms"/>.</summary>
    private double[] Weights(IndexedArticle article, float logCorpus)
    {
        var weights = new double[article.Terms.Length];
        var norm = 0.0;
        for (var k = 0; k < article.Terms.Length; k++)
        {
            var w = article.Counts[k] * index.Idf(article.Terms[k], logCorpus);
            weights[k] = w;
            norm += w * w;
        }

        var scale = norm > 0 ? 1 / Math.Sqrt(norm) : 0;
        for (var k = 0; k < weights.Length; k++)
        {
            weights[k] *= scale;
        }

        return weights;
    }

    private void EnsureCapacity<T>(ref T[] dense)
    {
        if (dense.Length < index.TermCount)
        {
            Array.Resize(ref dense, Math.Max(index.TermCount, dense.Length * 2));
        }
    }

    /// <summary>Cosine with the closest of the story's kept members.</summary>
    private double ExemplarSimilarity(StoryProfile story, float logCorpus)
    {
        var best = 0.0;
        var logDf = index.LogDocumentFrequencies;
        foreach (var member in story.Exemplars)
        {
            var (norm, dot) = NormAndDot(member.Terms, member.Counts, logDf, logCorpus, _buffers.Dense);
            if (norm > 0)
            {
                best = Math.Max(best, dot / Math.Sqrt(norm));
            }
        }

        return best;
    }

    /// <summary>
    /// How well a small group fits a host for the loose layer: the centroid cosine, or zero when the
    /// two share too little by name. Two earthquakes or two arrests read alike in their words; the
    /// places and people tell them apart.
    /// </summary>
    private double LooseFit(StoryProfile group, StoryProfile host, float logCorpus)
    {
        var (all, names) = StorySimilarities(group, host, logCorpus);
        return names >= options.AttachNameThreshold ? all : 0;
    }

    internal double StorySimilarity(StoryProfile a, StoryProfile b, float logCorpus) => StorySimilarities(a, b, logCorpus).All;

    /// <summary>Centroid cosine over all terms, and over names alone.</summary>
    private (double All, double Names) StorySimilarities(StoryProfile a, StoryProfile b, float logCorpus)
    {
        var (termsA, centroidA) = a.CentroidWeights();
        var (normB, nameNormB) = Spread(b, logCorpus);
        var isName = index.NameFlags;
        ref var centroid0 = ref MemoryMarshal.GetArrayDataReference(centroidA);
        ref var logDf0 = ref MemoryMarshal.GetReference(index.LogDocumentFrequencies);
        ref var isName0 = ref MemoryMarshal.GetReference(isName);
        ref var other0 = ref MemoryMarshal.GetArrayDataReference(_buffers.OtherDense);
        double normA = 0, dot = 0, nameNormA = 0, nameDot = 0;
        for (var k = 0; k < termsA.Length; k++)
        {
            var term = termsA[k];
            var idf = logCorpus - Unsafe.Add(ref logDf0, term);
            var w = Unsafe.Add(ref centroid0, k) * idf;
            var name = Unsafe.Add(ref isName0, term);
            normA += w * w;
            var other = Unsafe.Add(ref other0, term);
            if (name)
            {
                nameNormA += w * w;
            }

            if (other > 0)
            {
                dot += w * other * idf;
                if (name)
                {
                    nameDot += w * other * idf;
                }
            }
        }

        var all = normA > 0 && normB > 0 ? dot / Math.Sqrt(normA * normB) : 0;
        var names = nameNormA > 0 && nameNormB > 0 ? nameDot / Math.Sqrt(nameNormA * nameNormB) : 0;
        return (all, names);
    }

    /// <summary>
    /// Spreads a story's centroid (before idf) over <see cref="Buffers.OtherDense"/> by term id, with its
    /// squared norms under the current idf, over all terms and over names. A story's new article is
    /// often compared with several small groups in a row, so the spread story stays until another
    /// is asked for, the story changes, or an article is counted (which moves the idf).
    /// </summary>
    private (double Norm, double NameNorm) Spread(StoryProfile story, float logCorpus)
    {
        if (_buffers.Spread.Story == story && _buffers.Spread.Version == story.Version && _buffers.Spread.Documents == index.Documents)
        {
            return (_buffers.Spread.Norm, _buffers.Spread.NameNorm);
        }

        foreach (var term in _buffers.Spread.Terms)
        {
            _buffers.OtherDense[term] = 0;
        }

        var (terms, centroid) = story.CentroidWeights();
        EnsureCapacity(ref _buffers.OtherDense);
        var logDf = index.LogDocumentFrequencies;
        var isName = index.NameFlags;
        var spread = _buffers.OtherDense;
        double norm = 0, nameNorm = 0;
        for (var k = 0; k < terms.Length; k++)
        {
            var term = terms[k];
            spread[term] = centroid[k];
            var w = centroid[k] * (logCorpus - logDf[term]);
            norm += w * w;
            if (isName[term])
            {
                nameNorm += w * w;
            }
        }

        _buffers.Spread = new SpreadStory(story, story.Version, index.Documents, terms, norm, nameNorm);
        return (norm, nameNorm);
    }

    /// <summary>Placement's scratch arrays; used by one placement at a time (under the index's gate).</summary>
    internal sealed class Buffers
    {
        // Candidate scores by story number, with the stories touched in first-touch order: the same sums
        // a dictionary would hold, without hashing on the hottest loop of placement.
        public readonly List<StoryProfile> Touched = [];
        public float[] Scores = new float[1024];
        public bool[] Seen = new bool[1024];

        // The article's weights by term id: array lookups keep exact similarities cheap. Cleared after each placement.
        public float[] Dense = new float[1024];

        // Another story's centroid (see Spread), or one kept member's weights, spread by term id for the same reason.
        public float[] OtherDense = new float[1024];
        public SpreadStory Spread = new(null, 0, 0, [], 0, 0);
        public double[] PairDense = new double[1024];
    }

    /// <summary>Which story <see cref="Buffers.OtherDense"/> holds, as of which change and which article count.</summary>
    internal sealed record SpreadStory(StoryProfile? Story, int Version, int Documents, int[] Terms, double Norm, double NameNorm);
}
