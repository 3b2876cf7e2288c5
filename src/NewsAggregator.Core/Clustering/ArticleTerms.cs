namespace NewsAggregator.Core.Clustering;

/// <summary>The weighted terms of one article, with how each name and word was first written (for display).</summary>
public sealed class ArticleTerms
{
    public Dictionary<string, float> Weights { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> Surfaces { get; } = new(StringComparer.Ordinal);

    public float this[string term] => Weights.GetValueOrDefault(term);

    /// <summary>Empties the terms, keeping the space they took, for reuse.</summary>
    public void Clear()
    {
        Weights.Clear();
        Surfaces.Clear();
    }

    public void Add(string term, float weight, string? surface)
    {
        Weights[term] = Weights.GetValueOrDefault(term) + weight;
        if (surface is not null)
        {
            Surfaces.TryAdd(term, surface);
        }
    }
}
