using System.Runtime.InteropServices;

namespace NewsAggregator.Core.Clustering;

/// <summary>
/// The in-memory side of story grouping, kept for the life of the app (register as a singleton):
/// the vocabulary with document frequencies over the whole store, one profile per story, and an
/// inverted index from terms to the stories that use them, so that placing an article reads a
/// bounded number of candidate stories however large the store grows.
/// </summary>
/// <remarks>
/// Placing is a pure function of the articles placed so far, in order, so replaying the store in
/// article-id order (a re-cluster) reproduces exactly what incremental imports built.
/// </remarks>
public sealed class StoryIndex
{
    private readonly Dictionary<string, int> _termIds = new(StringComparer.Ordinal);
    private readonly List<string> _terms = [];
    private readonly List<string?> _surfaces = [];
    private readonly List<bool> _isName = [];
    private readonly List<bool> _isYear = [];
    private readonly List<int> _surnameVotes = [];
    // By term: the numbers of the stories that use it, in the order they first did (a story merged
    // away stays listed: resolve it). An array per term rather than a list object, as most terms
    // are used by one story only.
    private readonly List<Postings> _postings = [];
    private readonly List<StoryProfile> _stories = [];

    // By story number: the story it was merged into, or its own number while it stands.
    private readonly List<int> _mergedInto = [];

    // Scratch for Join: the terms a story gains from an article (writers hold the gate, so one list serves).
    private readonly List<int> _newTerms = [];
    private int[] _documentFrequency = new int[1024];

    // ln(document frequency) per term: idf is then one subtraction, which keeps exact story
    // similarities cheap enough to compute against the current counts every time.
    private float[] _logDocumentFrequency = new float[1024];

    /// <summary>Scratch space for <see cref="StoryMatcher"/>, which places under <see cref="Gate"/>, one article at a time.</summary>
    internal StoryMatcher.Buffers PlacementBuffers { get; } = new();

    /// <summary>Serialises writers: one batch is placed at a time.</summary>
    internal SemaphoreSlim Gate { get; } = new(1, 1);

    /// <summary>What the stored data looked like when the index last matched it; null when it must be rebuilt.</summary>
    internal StoreFingerprint? Fingerprint { get; set; }

    /// <summary>How many articles the document frequencies count.</summary>
    public int Documents { get; private set; }

    public int TermCount => _terms.Count;

    /// <summary>Stories a reader sees: groups neither merged into another nor shown inside one.</summary>
    public int StoryCount => _stories.Count(s => s.MergedInto is null && s.Host is null);

    /// <summary>Stories ever started, merged ones included: one more than the highest story number.</summary>
    internal int StoryTotal => _stories.Count;

    internal IEnumerable<StoryProfile> LiveStories => _stories.Where(s => s.MergedInto is null);

    /// <summary>Forgets everything, ready to be filled again from the store.</summary>
    internal void Clear()
    {
        _termIds.Clear();
        _terms.Clear();
        _surfaces.Clear();
        _isName.Clear();
        _isYear.Clear();
        _surnameVotes.Clear();
        _postings.Clear();
        _stories.Clear();
        _mergedInto.Clear();
        Array.Clear(_documentFrequency);
        Array.Clear(_logDocumentFrequency);
        Documents = 0;
        Fingerprint = null;
    }

    /// <summary>Maps an article's terms into the vocabulary and counts it in the document frequencies.</summary>
    internal IndexedArticle Add(int articleId, ArticleTerms terms, DateTime? published)
    {
        var ids = new int[terms.Weights.Count];
        var counts = new float[ids.Length];
        var k = 0;
        var norm = 0.0;
        foreach (var (term, weight) in terms.Weights)
        {
            var id = Intern(term, terms);

            // Both sets hold name terms only, so other terms need no lookup.
            if (_isName[id] && terms.Surnames.Contains(term))
            {
                _surnameVotes[id]++;
            }
            else if (_isName[id] && terms.Bodies.Contains(term))
            {
                _surnameVotes[id]--;
            }

            _logDocumentFrequency[id] = MathF.Log(++_documentFrequency[id]);
            ids[k] = id;

            // Sublinear and length-normalised before idf: every member shapes its story equally,
            // and the shape does not depend on the document frequencies of the moment.
            counts[k] = MathF.Log(1 + weight);
            norm += counts[k] * counts[k];
            k++;
        }

        if (norm > 0)
        {
            var scale = (float)(1 / Math.Sqrt(norm));
            for (var i = 0; i < counts.Length; i++)
            {
                counts[i] *= scale;
            }
        }

        Documents++;
        return new IndexedArticle(articleId, ids, counts, published);
    }

    internal StoryProfile NewStory()
    {
        var story = new StoryProfile(_stories.Count);
        _stories.Add(story);
        _mergedInto.Add(story.Number);
        return story;
    }

    /// <summary>Adds the article to the story and lists the story under the terms it did not use before.</summary>
    internal void Join(StoryProfile story, IndexedArticle article)
    {
        _newTerms.Clear();
        story.Absorb(article, _newTerms);
        var postings = CollectionsMarshal.AsSpan(_postings);
        foreach (var term in _newTerms)
        {
            postings[term].Add(story.Number);
        }
    }

    /// <summary>The younger story moves into the older one; returns the survivor.</summary>
    internal StoryProfile Merge(StoryProfile a, StoryProfile b)
    {
        var (survivor, absorbed) = a.Number < b.Number ? (a, b) : (b, a);
        survivor.Absorb(absorbed);
        _mergedInto[absorbed.Number] = survivor.Number;
        return survivor;
    }

    /// <summary>The story by its number.</summary>
    internal StoryProfile Story(int number) => _stories[number];

    /// <summary>The number of the story that the numbered one was merged into, or its own: <see cref="Resolve"/> by number.</summary>
    internal int ResolveNumber(int number)
    {
        var merged = CollectionsMarshal.AsSpan(_mergedInto);
        var root = number;
        while (merged[root] != root)
        {
            root = merged[root];
        }

        // Path compression, as in Resolve.
        while (merged[number] != root)
        {
            (merged[number], number) = (root, merged[number]);
        }

        return root;
    }

    /// <summary>The story a group is shown as: its host's when it has one, else its own.</summary>
    internal static StoryProfile Shown(StoryProfile story)
    {
        var group = Resolve(story);
        while (group.Host is { } host && Resolve(host) is var next && next != group)
        {
            group = next;
        }

        return group;
    }

    internal static StoryProfile Resolve(StoryProfile story)
    {
        var root = story;
        while (root.MergedInto is { } next)
        {
            root = next;
        }

        // Path compression keeps chains of merges short.
        while (story.MergedInto is { } next && next != root)
        {
            story.MergedInto = root;
            story = next;
        }

        return root;
    }

    /// <summary>ln(N + 1) for the current store size, smoothed up to <paramref name="minimumCorpus"/>.</summary>
    internal float LogCorpus(int minimumCorpus) => MathF.Log(Math.Max(Documents, minimumCorpus) + 1f);

    /// <summary>ln(document frequency) by term id, for loops that compute many idfs (idf = <see cref="LogCorpus"/> minus this).</summary>
    internal ReadOnlySpan<float> LogDocumentFrequencies => _logDocumentFrequency;

    /// <summary>Inverse document frequency given <see cref="LogCorpus"/>.</summary>
    internal float Idf(int term, float logCorpus) => logCorpus - _logDocumentFrequency[term];

    /// <summary>Whether the term is a name (person, place, organisation) rather than a word or number.</summary>
    internal bool IsName(int term) => _isName[term];

    /// <summary><see cref="IsName"/> by term id, for loops over many terms.</summary>
    internal ReadOnlySpan<bool> NameFlags => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_isName);

    /// <summary>Whether the term is a year, named in the text or the publication year ("y:").</summary>
    internal bool IsYear(int term) => _isYear[term];

    /// <summary>
    /// Whether more articles so far used the name as a person's surname (see <see cref="ArticleTerms.Surnames"/>)
    /// than wrote it as a body's (see <see cref="ArticleTerms.Bodies"/>).
    /// </summary>
    internal bool IsSurname(int term) => _surnameVotes[term] > 0;

    /// <summary><see cref="IsYear"/> by term id, for loops over many terms.</summary>
    internal ReadOnlySpan<bool> YearFlags => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_isYear);

    /// <summary>Surname votes by term id (see <see cref="IsSurname"/>: a surname when positive), for loops over many terms.</summary>
    internal ReadOnlySpan<int> SurnameVotes => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_surnameVotes);

    internal int DocumentFrequency(int term) => _documentFrequency[term];

    /// <summary>The numbers of the stories that used the term, oldest first; resolve them (<see cref="ResolveNumber"/>).</summary>
    internal ReadOnlySpan<int> Postings(int term) => _postings[term].Items;

    internal string TermText(int term) => _terms[term];

    internal string Display(int term) => _surfaces[term] ?? _terms[term][(_terms[term].IndexOf(':') + 1)..];

    /// <summary>The term's id, given to it now if it is new (with its surface form from <paramref name="terms"/>, looked up only then).</summary>
    private int Intern(string term, ArticleTerms terms)
    {
        if (_termIds.TryGetValue(term, out var id))
        {
            return id;
        }

        id = _terms.Count;
        _termIds[term] = id;
        _terms.Add(term);
        _surfaces.Add(terms.Surfaces.GetValueOrDefault(term));
        _isName.Add(term.StartsWith("n:", StringComparison.Ordinal));
        _isYear.Add(term.StartsWith("y:", StringComparison.Ordinal));
        _surnameVotes.Add(0);
        _postings.Add(default);
        if (id >= _documentFrequency.Length)
        {
            Array.Resize(ref _documentFrequency, _documentFrequency.Length * 2);
            Array.Resize(ref _logDocumentFrequency, _logDocumentFrequency.Length * 2);
        }

        return id;
    }
}

/// <summary>A growable list of story numbers kept as a bare array and a count.</summary>
internal struct Postings
{
    private int[]? _items;
    private int _count;

    public readonly ReadOnlySpan<int> Items => _items.AsSpan(0, _count);

    public void Add(int story)
    {
        if (_items is null || _count == _items.Length)
        {
            Array.Resize(ref _items, Math.Max(1, _count * 2));
        }

        _items[_count++] = story;
    }
}

/// <summary>Cheap facts about the stored data that change whenever someone else changed the stories.</summary>
internal sealed record StoreFingerprint(string Database, int AssignedArticles, int MaxAssignedArticleId, int Stories);
