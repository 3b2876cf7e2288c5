using System.Runtime.InteropServices;

namespace NewsAggregator.Core.Clustering;

/// <summary>
/// What the index knows about one story: the summed term shapes of its articles (before idf, so
/// that the profile depends only on who the members are) and its publication span.
/// </summary>
internal sealed class StoryProfile(int number)
{
    /// <summary>Creation order inside the index; on a merge the older story survives.</summary>
    public int Number { get; } = number;

    /// <summary>The stored story's id, once saved.</summary>
    public int? StoryId { get; set; }

    /// <summary>How many member articles a story keeps whole, for article-to-article comparison.</summary>
    public const int MaxExemplars = 8;

    // The summed member shapes by term, kept in the order the terms first came: a position per term,
    // and the terms and sums side by side, so the centroid is read without hashing or copying.
    private Dictionary<int, int> _positions = [];
    private int[] _terms = [];
    private float[] _sums = [];
    private int _termCount;

    /// <summary>The first few members, kept whole: a newcomer close to one of them belongs here even when the centroid has drifted.</summary>
    public List<IndexedArticle> Exemplars { get; } = [];

    public int Size { get; set; }

    public DateTime? FirstPublished { get; set; }

    public DateTime? LastPublished { get; set; }

    /// <summary>
    /// For a small group: the established story it is shown as part of, when one fits it loosely
    /// (see <see cref="ClusteringOptions.AttachThreshold"/>). Null for a story that stands alone.
    /// </summary>
    public StoryProfile? Host { get; set; }

    /// <summary>Groups shown inside this story (may hold stale entries: resolve, and check their <see cref="Host"/>).</summary>
    public List<StoryProfile> Guests { get; } = [];

    /// <summary>Member article ids in the order they came; the first is the group's seed.</summary>
    public List<int> Members { get; } = [];

    /// <summary>
    /// Members of groups merged in since the store last saw this group: their rows still name the
    /// old group. Cleared once saved.
    /// </summary>
    public List<int> Relinked { get; } = [];

    /// <summary>The first member's id: names the group in the store (<c>Articles.ClusterSeed</c>).</summary>
    public int Seed => Members[0];

    /// <summary>Set when the story was merged into another; follow to the survivor.</summary>
    public StoryProfile? MergedInto { get; set; }

    /// <summary>Changes whenever the story's members change: lets a caller keep work done on the centroid until then.</summary>
    public int Version { get; private set; }

    private float[] _weights = [];
    private int _weightsVersion = -1;
    private readonly List<int> _namePositions = [];
    private int _namesScanned;

    /// <summary>How many distinct terms the story's members use.</summary>
    public int TermCount => _termCount;

    /// <summary>
    /// Per-term centroid weights (mean member shape), before idf, in the order the terms first came.
    /// Computed again only after the story changed, into the same array: read it before the next change.
    /// </summary>
    public Centroid CentroidWeights()
    {
        if (_weightsVersion != Version)
        {
            if (_weights.Length < _termCount)
            {
                _weights = new float[_terms.Length];
            }

            for (var k = 0; k < _termCount; k++)
            {
                _weights[k] = _sums[k] / Size;
            }

            _weightsVersion = Version;
        }

        return new Centroid(_terms, _weights, _termCount);
    }

    /// <summary>
    /// Where the names sit in <see cref="CentroidWeights"/> (ascending), by the index's name flags (which
    /// never change for a term). Terms only ever join the end, so only the new ones are looked at.
    /// </summary>
    public ReadOnlySpan<int> NamePositions(ReadOnlySpan<bool> isName)
    {
        for (; _namesScanned < _termCount; _namesScanned++)
        {
            if (isName[_terms[_namesScanned]])
            {
                _namePositions.Add(_namesScanned);
            }
        }

        return CollectionsMarshal.AsSpan(_namePositions);
    }

    /// <summary>The centroid weight of one term, before idf.</summary>
    public float CentroidWeight(int term) => _positions.TryGetValue(term, out var k) ? _sums[k] / Size : 0;

    /// <summary>Adds the article's shape to the story; the terms the story did not use before go to <paramref name="newTerms"/>, in the article's order.</summary>
    public void Absorb(IndexedArticle article, List<int>? newTerms = null)
    {
        Version++;
        for (var k = 0; k < article.Terms.Length; k++)
        {
            if (Add(article.Terms[k], article.Counts[k]))
            {
                newTerms?.Add(article.Terms[k]);
            }
        }

        Size++;
        Members.Add(article.ArticleId);
        if (Exemplars.Count < MaxExemplars)
        {
            Exemplars.Add(article);
        }

        Widen(article.Published, article.Published);
    }

    public void Absorb(StoryProfile other)
    {
        Version++;
        other.Version++;
        for (var k = 0; k < other._termCount; k++)
        {
            Add(other._terms[k], other._sums[k]);
        }

        Size += other.Size;
        Members.AddRange(other.Members);
        Relinked.AddRange(other.Members);
        Guests.AddRange(other.Guests);
        other.Guests.Clear();
        Exemplars.AddRange(other.Exemplars.Take(MaxExemplars - Exemplars.Count));
        Widen(other.FirstPublished, other.LastPublished);
        other.MergedInto = this;
        // Dropped rather than cleared: a caller may still hold the old arrays (see CentroidWeights).
        other._positions = [];
        other._terms = [];
        other._sums = [];
        other._weights = [];
        other._termCount = 0;
        other._namePositions.Clear();
        other._namePositions.TrimExcess();
        other._namesScanned = 0;
        other.Exemplars.Clear();
        other.Members.Clear();
        other.Members.TrimExcess();
    }

    /// <summary>Adds to the term's sum; true when the story did not use the term before.</summary>
    private bool Add(int term, float count)
    {
        ref var position = ref CollectionsMarshal.GetValueRefOrAddDefault(_positions, term, out var known);
        if (!known)
        {
            if (_termCount == _terms.Length)
            {
                var capacity = Math.Max(64, _terms.Length * 2);
                Array.Resize(ref _terms, capacity);
                Array.Resize(ref _sums, capacity);
            }

            position = _termCount++;
            _terms[position] = term;
        }

        _sums[position] += count;
        return !known;
    }

    /// <summary>Days the date lies outside the story's span; zero inside it or when either date is unknown.</summary>
    public double GapDays(DateTime? published)
    {
        if (published is not { } date || FirstPublished is not { } first || LastPublished is not { } last)
        {
            return 0;
        }

        if (date < first)
        {
            return (first - date).TotalDays;
        }

        return date > last ? (date - last).TotalDays : 0;
    }

    /// <summary>Days between the two stories' spans; zero when they overlap or a date is unknown.</summary>
    public double GapDays(StoryProfile other)
    {
        if (FirstPublished is not { } first || LastPublished is not { } last
            || other.FirstPublished is not { } otherFirst || other.LastPublished is not { } otherLast)
        {
            return 0;
        }

        return Math.Max(0, Math.Max((otherFirst - last).TotalDays, (first - otherLast).TotalDays));
    }

    private void Widen(DateTime? first, DateTime? last)
    {
        if (first is { } f && (FirstPublished is null || f < FirstPublished))
        {
            FirstPublished = f;
        }

        if (last is { } l && (LastPublished is null || l > LastPublished))
        {
            LastPublished = l;
        }
    }
}

/// <summary>A story's centroid terms and their weights before idf, side by side (<see cref="Count"/> of each array is in use).</summary>
internal readonly record struct Centroid(int[] TermArray, float[] WeightArray, int Count)
{
    public ReadOnlySpan<int> Terms => TermArray.AsSpan(0, Count);

    public ReadOnlySpan<float> Weights => WeightArray.AsSpan(0, Count);

    public void Deconstruct(out ReadOnlySpan<int> terms, out ReadOnlySpan<float> weights)
    {
        terms = Terms;
        weights = Weights;
    }
}

/// <summary>An article's terms as vocabulary ids with their shape: log weights scaled to unit length.</summary>
internal sealed record IndexedArticle(int ArticleId, int[] Terms, float[] Counts, DateTime? Published);
