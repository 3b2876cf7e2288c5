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

    public Dictionary<int, float> Counts { get; } = [];

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

    private int[]? _weightTerms;
    private float[]? _weights;

    /// <summary>
    /// Per-term centroid weights (mean member shape), before idf; cached until the story changes.
    /// </summary>
    public (int[] Terms, float[] Weights) CentroidWeights()
    {
        if (_weightTerms is null || _weights is null)
        {
            _weightTerms = new int[Counts.Count];
            _weights = new float[Counts.Count];
            var k = 0;
            foreach (var (term, count) in Counts)
            {
                _weightTerms[k] = term;
                _weights[k] = count / Size;
                k++;
            }
        }

        return (_weightTerms, _weights);
    }

    /// <summary>The centroid weight of one term, before idf.</summary>
    public float CentroidWeight(int term) => Counts.TryGetValue(term, out var count) ? count / Size : 0;

    public void Absorb(IndexedArticle article)
    {
        Version++;
        _weightTerms = null;
        _weights = null;
        for (var k = 0; k < article.Terms.Length; k++)
        {
            Counts[article.Terms[k]] = Counts.GetValueOrDefault(article.Terms[k]) + article.Counts[k];
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
        other._weightTerms = null;
        other._weights = null;
        _weightTerms = null;
        _weights = null;
        foreach (var (term, count) in other.Counts)
        {
            Counts[term] = Counts.GetValueOrDefault(term) + count;
        }

        Size += other.Size;
        Members.AddRange(other.Members);
        Relinked.AddRange(other.Members);
        Guests.AddRange(other.Guests);
        other.Guests.Clear();
        Exemplars.AddRange(other.Exemplars.Take(MaxExemplars - Exemplars.Count));
        Widen(other.FirstPublished, other.LastPublished);
        other.MergedInto = this;
        other.Counts.Clear();
        other.Counts.TrimExcess();
        other.Exemplars.Clear();
        other.Members.Clear();
        other.Members.TrimExcess();
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

/// <summary>An article's terms as vocabulary ids with their shape: log weights scaled to unit length.</summary>
internal sealed record IndexedArticle(int ArticleId, int[] Terms, float[] Counts, DateTime? Published);
