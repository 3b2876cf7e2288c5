using System.Globalization;
using NewsAggregator.Core.Comparison;

namespace NewsAggregator.Web.Pages.Stories;

/// <summary>
/// Gets a story's comparison (stored, or computed now when missing or stale: see
/// <see cref="ComparisonProvider"/>) and resolves its article ids to the story's reports.
/// </summary>
internal static class ComparisonReader
{
    public static async Task<ComparisonView?> LoadAsync(ComparisonProvider comparisons, int storyId, IReadOnlyList<ReportView> reports, CancellationToken cancellationToken) =>
        await comparisons.GetAsync(storyId, cancellationToken) is { } result ? ToView(result, reports) : null;

    internal static ComparisonView ToView(StoryComparisonResult result, IReadOnlyList<ReportView> reports)
    {
        var labels = reports.ToDictionary(r => r.Id, r => r.Label);
        foreach (var article in result.Articles)
        {
            labels.TryAdd(article.ArticleId, article.Label);
        }

        ReportRef Ref(int id) => new(id, labels.GetValueOrDefault(id) ?? $"Report {id}");
        List<ReportRef> Refs(IEnumerable<int> ids) => [.. ids.Distinct().Select(Ref)];

        var figures = result.Figures.Select(f => new FigureView(
            Describe(f),
            f.Context,
            f.Disagrees,
            [.. f.Values.Select(v => new FigureValueView(v.Display, v.Hedges, Refs(v.ArticleIds),
                [.. v.Mentions.Select(m => m.Phrase).Distinct()]))])).ToList();
        var quotes = result.Quotes.Select(q => new QuoteView(q.Speaker, Refs(q.ArticleIds),
            [.. q.Variants.Select(v => new QuoteVariantView(v.Text, v.Kind.ToString(), Refs(v.ArticleIds)))])).ToList();
        var coverage = result.Coverage.Select(c => new CoverageView(Ref(c.ArticleId), c.SentenceCount, c.SharedSentenceShare,
            c.ClosestArticleId is { } closest ? Ref(closest) : null, c.ClosestShare, c.UniqueSentences)).ToList();
        var summary = result.Summary.Select(s => new SummaryLine(s.Text, Ref(s.ArticleId), s.SupportingArticleIds.Count)).ToList();
        return new ComparisonView(summary, figures, quotes, coverage);
    }

    /// <summary>"North Korean troops", "Miles", "Amount in dollars": the qualifier and the thing counted.</summary>
    private static string Describe(FigureGroup figure)
    {
        var counted = figure.Counted switch
        {
            "$" => "amount in dollars",
            "%" => "percentage",
            var unit => unit,
        };
        var what = figure.Modifier is { Length: > 0 } modifier ? $"{modifier} {counted}" : counted;
        return what.Length == 0 ? what : char.ToUpper(what[0], CultureInfo.InvariantCulture) + what[1..];
    }
}
