using System.Text.Json.Serialization;

namespace NewsAggregator.Core.Comparison;

/// <summary>How the reports of one story differ: figures, quotes, shared and unique sentences, summary.</summary>
public sealed record StoryComparisonResult(
    IReadOnlyList<ComparedArticle> Articles,
    IReadOnlyList<FigureGroup> Figures,
    IReadOnlyList<QuoteGroup> Quotes,
    IReadOnlyList<ArticleCoverage> Coverage,
    IReadOnlyList<SummarySentence> Summary);

public sealed record ComparedArticle(int ArticleId, string Label, int SentenceCount);

/// <summary>
/// Mentions of one quantity across reports, such as the number of North Korean troops sent.
/// </summary>
/// <param name="Counted">What the number counts ("troops", "miles", "$", "%").</param>
/// <param name="Modifier">A proper-noun qualifier seen with it ("North Korean"), when any report gives one.</param>
/// <param name="Context">Words the mentions' sentences share, to tell the reader what the quantity is about.</param>
/// <param name="Disagrees">True when the reports give different values.</param>
/// <param name="Values">Each distinct value, the most widely reported first.</param>
public sealed record FigureGroup(
    string Counted,
    string? Modifier,
    IReadOnlyList<string> Context,
    bool Disagrees,
    IReadOnlyList<FigureValue> Values)
{
    [JsonIgnore]
    public IEnumerable<int> ArticleIds => Values.SelectMany(v => v.ArticleIds).Distinct();
}

/// <summary>One value of a figure and the reports that give it.</summary>
/// <param name="Value">The value in the group's unit (dollars, miles, a count), scale words applied.</param>
/// <param name="Display">The value as a report wrote it, e.g. "12,000" or "$56.2 billion".</param>
/// <param name="Hedges">How reports qualified it ("as many as", "estimated"); empty when stated flat.</param>
/// <param name="ArticleIds">The reports giving this value.</param>
/// <param name="Mentions">Each mention, for showing it in context.</param>
public sealed record FigureValue(
    double Value,
    string Display,
    IReadOnlyList<string> Hedges,
    IReadOnlyList<int> ArticleIds,
    IReadOnlyList<FigureMentionText> Mentions);

/// <summary>One mention of a figure in one report.</summary>
/// <param name="ArticleId">The report.</param>
/// <param name="Phrase">The mention as written, hedge included: "as many as 12,000 North Korean troops".</param>
/// <param name="Sentence">The sentence it stands in.</param>
public sealed record FigureMentionText(int ArticleId, string Phrase, string Sentence);

/// <summary>One quoted sentence and the ways the reports word it.</summary>
public sealed record QuoteGroup(string? Speaker, IReadOnlyList<int> ArticleIds, IReadOnlyList<QuoteVariant> Variants);

public sealed record QuoteVariant(string Text, QuoteVariantKind Kind, IReadOnlyList<int> ArticleIds);

[JsonConverter(typeof(JsonStringEnumConverter<QuoteVariantKind>))]
public enum QuoteVariantKind
{
    /// <summary>The wording most reports use.</summary>
    Main,

    /// <summary>Part of the main wording, or the main wording inside a longer quote.</summary>
    Partial,

    /// <summary>Nearly the same words (an article dropped, a word changed).</summary>
    Reworded,

    /// <summary>Different words for what sits in the same place of the same speaker's quote.</summary>
    Paraphrase,
}

/// <summary>How much of one report the others also say.</summary>
/// <param name="ArticleId">The report.</param>
/// <param name="SentenceCount">Its sentences with enough content words to compare.</param>
/// <param name="SharedSentenceShare">Share of those sentences that some other report also has (0..1).</param>
/// <param name="SharedWordShare">The same share weighted by sentence length in content words.</param>
/// <param name="ClosestArticleId">The report sharing most of its sentences, when there is another report.</param>
/// <param name="ClosestShare">Share of its sentences found in <paramref name="ClosestArticleId"/>.</param>
/// <param name="UniqueSentences">What only this report says.</param>
public sealed record ArticleCoverage(
    int ArticleId,
    int SentenceCount,
    double SharedSentenceShare,
    double SharedWordShare,
    int? ClosestArticleId,
    double ClosestShare,
    IReadOnlyList<string> UniqueSentences);

/// <summary>A sentence of the summary.</summary>
/// <param name="Text">The sentence as one report wrote it.</param>
/// <param name="ArticleId">That report.</param>
/// <param name="SupportingArticleIds">Reports with a matching sentence, the source report included.</param>
public sealed record SummarySentence(string Text, int ArticleId, IReadOnlyList<int> SupportingArticleIds);
