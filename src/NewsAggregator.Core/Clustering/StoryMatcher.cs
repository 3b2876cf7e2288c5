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
    private readonly Contrast _actors = new(ContrastKind.Surname, MainActorWeight, options.MainActorContrast, DatesDecide: false);
    private readonly Contrast _years = new(ContrastKind.Year, 0f, options.YearContrast, DatesDecide: true);

    // Large by-term and by-story arrays, kept by the index from batch to batch so that each batch
    // does not grow its own again (they reach the large-object heap, whose churn costs full collections).
    private readonly Buffers _buffers = index.PlacementBuffers;

    /// <summary>Places an article already counted in the index; returns its story and the stories merged into it.</summary>
    public (StoryProfile Story, List<StoryProfile> Absorbed) Place(IndexedArticle article)
    {
        var logCorpus = index.LogCorpus(options.MinimumCorpusSize);
        _buffers.Norms.Clear();
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
                var survivor = index.Merge(story, other);
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
    private double Contrasted(double similarity, double threshold, Contrast kind, int? ours, IndexedArticle article, StoryProfile story) =>
        ours is { } term && similarity >= threshold && Differ(kind, article, term, story) ? similarity * kind.Factor : similarity;

    /// <summary>
    /// Whether the article (whose heaviest term of the kind is <paramref name="ours"/>) and the
    /// story differ in it: each side's heaviest term is barely mentioned by the other. One side
    /// alone proves little (a report names a bystander more than the suspect, or a year of
    /// background more than its own); both sides together mark two events of one kind.
    /// </summary>
    private bool Differ(Contrast kind, IndexedArticle article, int ours, StoryProfile story) =>
        !(kind.DatesDecide && article.Published is not null && story.FirstPublished is not null)
        && story.CentroidWeight(ours) <= BarelyMentioned * Weight(article, ours)
        && Heaviest(kind, story) is { } theirs
        && Weight(article, theirs) <= BarelyMentioned * story.CentroidWeight(theirs);

    /// <summary>The same test between two stories, before a merge.</summary>
    private bool Differ(Contrast kind, StoryProfile a, StoryProfile b) =>
        kind.Enabled
        && !(kind.DatesDecide && a.FirstPublished is not null && b.FirstPublished is not null)
        && Heaviest(kind, a) is { } ours && b.CentroidWeight(ours) <= BarelyMentioned * a.CentroidWeight(ours)
        && Heaviest(kind, b) is { } theirs && a.CentroidWeight(theirs) <= BarelyMentioned * b.CentroidWeight(theirs);

    private static float Weight(IndexedArticle article, int term) =>
        Array.IndexOf(article.Terms, term) is var k and >= 0 ? article.Counts[k] : 0f;

    private int? Heaviest(Contrast kind, IndexedArticle article) =>
        kind.Enabled ? Heaviest(kind, article.Terms, article.Counts) : null;

    private int? Heaviest(Contrast kind, StoryProfile story)
    {
        var (terms, weights) = story.CentroidWeights();
        return Heaviest(kind, terms, weights);
    }

    /// <summary>The heaviest term of the kind (ties by term id), when it weighs at least the kind's minimum.</summary>
    private int? Heaviest(Contrast kind, ReadOnlySpan<int> terms, ReadOnlySpan<float> weights)
    {
        var years = index.YearFlags;
        var surnameVotes = index.SurnameVotes;
        int? best = null;
        var bestWeight = 0f;
        for (var k = 0; k < terms.Length; k++)
        {
            var (term, w) = (terms[k], weights[k]);
            var ofKind = kind.Kind == ContrastKind.Year ? years[term] : surnameVotes[term] > 0;
            if (ofKind && (best is null || w > bestWeight || (w == bestWeight && term < best)))
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
    private sealed record Contrast(ContrastKind Kind, float MinimumWeight, double Factor, bool DatesDecide)
    {
        public bool Enabled => Factor < 1;
    }

    /// <summary>Surnames: terms more articles used as a person's surname than as a body's (see <see cref="StoryIndex.IsSurname"/>). Years: see <see cref="StoryIndex.IsYear"/>.</summary>
    private enum ContrastKind
    {
        Surname,
        Year,
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
        // as one integer key per term that also carries both: weights are never negative, so their
        // bit patterns order as they do.
        var keys = new ulong[weights.Length];
        for (var k = 0; k < keys.Length; k++)
        {
            keys[k] = ((ulong)(uint)(int.MaxValue - BitConverter.SingleToInt32Bits(weights[k])) << 32) | (uint)article.Terms[k];
        }

        Array.Sort(keys);

        if (_buffers.Scores.Length < index.StoryTotal)
        {
            Array.Resize(ref _buffers.Scores, Math.Max(index.StoryTotal, _buffers.Scores.Length * 2));
            Array.Resize(ref _buffers.Seen, _buffers.Scores.Length);
        }

        _buffers.Touched.Clear();
        for (var q = 0; q < Math.Min(options.QueryTerms, keys.Length); q++)
        {
            var term = (int)(uint)keys[q];
            var weight = BitConverter.Int32BitsToSingle(int.MaxValue - (int)(keys[q] >> 32));
            var postings = index.Postings(term);
            var stop = Math.Max(0, postings.Length - options.PostingScanLimit);
            for (var p = postings.Length - 1; p >= stop; p--)
            {
                // An undated article lies in every story's span (no gap), so the story itself is not read.
                var story = index.ResolveNumber(postings[p]);
                if (article.Published is not null && index.Story(story).GapDays(article.Published) > options.MaxGapDays)
                {
                    continue;
                }

                if (!_buffers.Seen[story])
                {
                    _buffers.Seen[story] = true;
                    _buffers.Scores[story] = 0;
                    _buffers.Touched.Add(story);
                }

                _buffers.Scores[story] += weight;
            }
        }

        // Partial selection: thousands of stories can score, only a few are wanted.
        var best = new List<KeyValuePair<int, float>>(options.Candidates + 1);
        foreach (var story in _buffers.Touched)
        {
            _buffers.Seen[story] = false;
            var entry = KeyValuePair.Create(story, _buffers.Scores[story]);
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

        return [.. best.Select(e => index.Story(e.Key))];
    }

    private static bool Better(KeyValuePair<int, float> a, KeyValuePair<int, float> b) =>
        a.Value > b.Value || (a.Value == b.Value && a.Key < b.Key);

    private double Similarity(StoryProfile story, float logCorpus)
    {
        var (terms, centroid) = story.CentroidWeights();
        var (norm, dot) = NormAndDot(terms, centroid, index.LogDocumentFrequencies, logCorpus, _buffers.Dense);
        _buffers.Norms[story] = new CentroidNorms(story.Version, index.Documents, logCorpus, norm, double.NaN);
        return norm > 0 ? dot / Math.Sqrt(norm) : 0;
    }

    /// <summary>
    /// The squared norms of a story's centroid under the current idf, over all terms and over names:
    /// kept for the rest of the placement (the idf does not move during one), as long as the story does not change.
    /// </summary>
    private (double Norm, double NameNorm) Norms(StoryProfile story, float logCorpus)
    {
        var logDf = index.LogDocumentFrequencies;
        var (terms, centroid) = story.CentroidWeights();
        if (!_buffers.Norms.TryGetValue(story, out var known)
            || known.Version != story.Version || known.Documents != index.Documents || known.LogCorpus != logCorpus)
        {
            double all = 0;
            for (var k = 0; k < terms.Length; k++)
            {
                var w = centroid[k] * (logCorpus - logDf[terms[k]]);
                all += w * w;
            }

            known = new CentroidNorms(story.Version, index.Documents, logCorpus, all, double.NaN);
        }

        if (double.IsNaN(known.NameNorm))
        {
            double names = 0;
            foreach (var k in story.NamePositions(index.NameFlags))
            {
                var w = centroid[k] * (logCorpus - logDf[terms[k]]);
                names += w * w;
            }

            known = known with { NameNorm = names };
        }

        _buffers.Norms[story] = known;
        return (known.Norm, known.NameNorm);
    }

    /// <summary>
    /// For one side's term shapes under the current idf: the squared norm, and the dot product with
    /// <paramref name="other"/> (weights by term id). The hottest loop of placement, so it reads the
    /// arrays without bounds checks: every term id is below the vocabulary size, which all the
    /// by-term arrays cover.
    /// </summary>
    private static (double Norm, double Dot) NormAndDot(ReadOnlySpan<int> terms, ReadOnlySpan<float> shape, ReadOnlySpan<float> logDocumentFrequency, float logCorpus, float[] other)
    {
        if (shape.Length < terms.Length)
        {
            throw new ArgumentException("Every term needs its weight.", nameof(shape));
        }

        ref var shape0 = ref MemoryMarshal.GetReference(shape);
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
        // A story of one article is its own centroid (the same terms, in the same order, with the
        // same weights), so its member would score exactly what the centroid scored.
        if (story.Size == 1)
        {
            return 0;
        }

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
    /// <remarks>
    /// The names come first, over the group's name terms alone: most candidates fail there, and the
    /// cosine over all terms is then not needed. Every sum runs over the group's terms in their order.
    /// </remarks>
    private double LooseFit(StoryProfile group, StoryProfile host, float logCorpus)
    {
        var (norm, nameNorm) = Norms(group, logCorpus);
        var (hostNorm, hostNameNorm) = Norms(host, logCorpus);
        var centroid = group.CentroidWeights();
        var nameDot = Dot(centroid, group.NamePositions(index.NameFlags), host, logCorpus);
        var names = nameNorm > 0 && hostNameNorm > 0 ? nameDot / Math.Sqrt(nameNorm * hostNameNorm) : 0;
        if (names < options.AttachNameThreshold)
        {
            return 0;
        }

        var dot = Dot(centroid, host, logCorpus);
        return norm > 0 && hostNorm > 0 ? dot / Math.Sqrt(norm * hostNorm) : 0;
    }

    /// <summary>Centroid cosine of two stories under the current idf.</summary>
    internal double StorySimilarity(StoryProfile a, StoryProfile b, float logCorpus)
    {
        var (normA, _) = Norms(a, logCorpus);
        var (normB, _) = Norms(b, logCorpus);
        var dot = Dot(a.CentroidWeights(), b, logCorpus);
        return normA > 0 && normB > 0 ? dot / Math.Sqrt(normA * normB) : 0;
    }

    /// <summary>
    /// The dot product under the current idf of centroid <paramref name="a"/> with story
    /// <paramref name="b"/>, whose weights are looked up by term: the side summed over is the small one.
    /// </summary>
    private double Dot(Centroid a, StoryProfile b, float logCorpus)
    {
        var logDf = index.LogDocumentFrequencies;
        double dot = 0;
        for (var k = 0; k < a.Count; k++)
        {
            dot += DotTerm(a, k, b, logCorpus, logDf);
        }

        return dot;
    }

    /// <summary>The same over the terms at <paramref name="positions"/> of <paramref name="a"/> only.</summary>
    private double Dot(Centroid a, ReadOnlySpan<int> positions, StoryProfile b, float logCorpus)
    {
        var logDf = index.LogDocumentFrequencies;
        double dot = 0;
        foreach (var k in positions)
        {
            dot += DotTerm(a, k, b, logCorpus, logDf);
        }

        return dot;
    }

    private static float DotTerm(Centroid a, int k, StoryProfile b, float logCorpus, ReadOnlySpan<float> logDf)
    {
        var term = a.TermArray[k];
        var other = b.CentroidWeight(term);
        if (other <= 0)
        {
            return 0;
        }

        var idf = logCorpus - logDf[term];
        var w = a.WeightArray[k] * idf;
        return w * other * idf;
    }

    /// <summary>A story's squared centroid norms as of one version, store size and idf base (NaN: not computed yet).</summary>
    internal readonly record struct CentroidNorms(int Version, int Documents, float LogCorpus, double Norm, double NameNorm);

    /// <summary>Placement's scratch arrays; used by one placement at a time (under the index's gate).</summary>
    internal sealed class Buffers
    {
        // Candidate scores by story number, with the stories touched in first-touch order: the same sums
        // a dictionary would hold, without hashing on the hottest loop of placement.
        public readonly List<int> Touched = [];
        public float[] Scores = new float[1024];
        public bool[] Seen = new bool[1024];

        // The article's weights by term id: array lookups keep exact similarities cheap. Cleared after each placement.
        public float[] Dense = new float[1024];

        // One kept member's weights spread by term id, for average linkage.
        public double[] PairDense = new double[1024];

        // Centroid norms computed during the current placement, by story.
        public readonly Dictionary<StoryProfile, CentroidNorms> Norms = new(ReferenceEqualityComparer.Instance);
    }
}
