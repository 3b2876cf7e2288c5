namespace NewsAggregator.Core.Ingestion.Html;

/// <summary>What the page says about itself, each field from the most trusted source that has it.</summary>
public sealed record PageMetadata(
    string? Title,
    string? Byline,
    DateTimeOffset? Published,
    string? Outlet,
    string? Url,
    string? Language);
