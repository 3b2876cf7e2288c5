namespace NewsAggregator.Core.Ingestion.Html;

/// <summary>What the page says about itself, each field from the most trusted source that has it.</summary>
public sealed record PageMetadata(
    string? Title,
    string? Byline,
    DateTimeOffset? Published,
    string? Outlet,
    string? Url,
    string? Language)
{
    /// <summary>
    /// The JSON-LD "creator": a weaker credit than <see cref="Byline"/> (analytics tags fill it with
    /// account names), used only when the page shows no byline at all.
    /// </summary>
    public string? Creator { get; init; }
}
