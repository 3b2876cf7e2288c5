using System.ComponentModel.DataAnnotations;

namespace NewsAggregator.Core.Clustering;

public sealed class ClusteringOptions
{
    public const string Section = "Clustering";

    /// <summary>Cosine similarity an article needs with a story to join it.</summary>
    [Range(0.01, 0.99)]
    public double Threshold { get; set; } = 0.3;
}
