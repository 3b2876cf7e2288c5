using System.Runtime.InteropServices;

namespace NewsAggregator.Core.Clustering;

/// <summary>The weighted terms of one article, with how each name and word was first written (for display).</summary>
public sealed class ArticleTerms
{
    public ArticleTerms()
        : this(0)
    {
    }

    /// <summary>Terms with room for <paramref name="capacity"/> of them before they regrow.</summary>
    internal ArticleTerms(int capacity)
    {
        Weights = new(capacity, StringComparer.Ordinal);
        Surfaces = new(capacity, StringComparer.Ordinal);
    }

    public Dictionary<string, float> Weights { get; }

    public Dictionary<string, string> Surfaces { get; }

    /// <summary>
    /// Names used the way a report names its people: once closing a longer name ("Jamal Williams")
    /// and elsewhere on their own ("Williams said"). Places and bodies seldom are.
    /// </summary>
    public HashSet<string> Surnames { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Names the article writes after "the" ("the Chargers", "the Pentagon"): teams, bodies and
    /// places, which reports do not name that way when they mean a person.
    /// </summary>
    public HashSet<string> Bodies { get; } = new(StringComparer.Ordinal);

    public float this[string term] => Weights.GetValueOrDefault(term);

    /// <summary>Empties the terms, keeping the space they took, for reuse.</summary>
    public void Clear()
    {
        Weights.Clear();
        Surfaces.Clear();
        Surnames.Clear();
        Bodies.Clear();
    }

    public void Add(string term, float weight, string? surface)
    {
        CollectionsMarshal.GetValueRefOrAddDefault(Weights, term, out _) += weight;
        if (surface is not null)
        {
            Surfaces.TryAdd(term, surface);
        }
    }

    /// <summary>
    /// Adds to one zone's sum of a term, recording the surface straight in <paramref name="article"/>,
    /// the terms the zone's sums go to later (which keep the first surface met either way), when
    /// the zone meets the term for the first time.
    /// </summary>
    internal void AddToZone(string term, float weight, string surface, ArticleTerms article)
    {
        CollectionsMarshal.GetValueRefOrAddDefault(Weights, term, out var known) += weight;
        if (!known)
        {
            article.Surfaces.TryAdd(term, surface);
        }
    }
}
