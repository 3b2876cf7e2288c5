namespace NewsAggregator.Core.Comparison;

/// <summary>One report of a story, as the comparison needs it: no database types, so tests can build it.</summary>
/// <param name="ArticleId">The stored article's id; results refer to reports by it.</param>
/// <param name="Label">What a reader calls the report: its outlet, or its title when the outlet is unknown.</param>
/// <param name="Paragraphs">Body paragraphs (and block quotes) in reading order.</param>
public sealed record ComparisonInput(int ArticleId, string Label, IReadOnlyList<string> Paragraphs);
