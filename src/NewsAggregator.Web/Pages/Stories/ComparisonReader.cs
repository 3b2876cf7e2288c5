using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NewsAggregator.Core.Storage;

namespace NewsAggregator.Web.Pages.Stories;

/// <summary>
/// Reads the comparison the comparison engine stored at import (StoryComparisons.Json, written by
/// Core/Comparison's ComparisonStore) and resolves its article ids to the story's reports. It never
/// computes a comparison: a story without a stored one shows "not computed yet".
/// It reads the stored JSON by its documented shape rather than through the engine's types, so a
/// store without the table (older migrations) or with an unreadable row simply has no comparison.
/// </summary>
internal static class ComparisonReader
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.General) { PropertyNameCaseInsensitive = true };

    public static async Task<ComparisonView?> LoadAsync(NewsDbContext db, int storyId, IReadOnlyList<ReportView> reports, CancellationToken cancellationToken)
    {
        // A store migrated before the comparison engine has no table; asking SQLite is cheaper than
        // letting the query fail (EF logs every failed command at Error level).
        var hasTable = await db.Database
            .SqlQueryRaw<int>("SELECT count(*) AS Value FROM sqlite_master WHERE type = 'table' AND name = 'StoryComparisons'")
            .SingleAsync(cancellationToken) > 0;
        if (!hasTable)
        {
            return null;
        }

        var row = await db.Database
            .SqlQueryRaw<StoredRow>("SELECT Json, ComputedUtc FROM StoryComparisons WHERE StoryId = {0}", storyId)
            .FirstOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return null;
        }

        Stored? stored;
        try
        {
            stored = JsonSerializer.Deserialize<Stored>(row.Json, Json);
        }
        catch (JsonException)
        {
            return null;
        }

        return stored is null ? null : ToView(stored, reports, row.ComputedUtc);
    }

    internal static ComparisonView ToView(Stored stored, IReadOnlyList<ReportView> reports, DateTime? computedUtc)
    {
        var labels = reports.ToDictionary(r => r.Id, r => r.Label);
        foreach (var article in stored.Articles ?? [])
        {
            labels.TryAdd(article.ArticleId, article.Label);
        }

        ReportRef Ref(int id) => new(id, labels.GetValueOrDefault(id) ?? $"Report {id}");
        List<ReportRef> Refs(IEnumerable<int>? ids) => [.. (ids ?? []).Distinct().Select(Ref)];

        var figures = (stored.Figures ?? []).Select(f => new FigureView(
            Describe(f),
            f.Context ?? [],
            f.Disagrees,
            [.. (f.Values ?? []).Select(v => new FigureValueView(v.Display, v.Hedges ?? [], Refs(v.ArticleIds),
                [.. (v.Mentions ?? []).Select(m => m.Phrase).Distinct()]))])).ToList();
        var quotes = (stored.Quotes ?? []).Select(q => new QuoteView(q.Speaker, Refs(q.ArticleIds),
            [.. (q.Variants ?? []).Select(v => new QuoteVariantView(v.Text, v.Kind, Refs(v.ArticleIds)))])).ToList();
        var coverage = (stored.Coverage ?? []).Select(c => new CoverageView(Ref(c.ArticleId), c.SentenceCount, c.SharedSentenceShare,
            c.ClosestArticleId is { } closest ? Ref(closest) : null, c.ClosestShare, c.UniqueSentences ?? [])).ToList();
        var summary = (stored.Summary ?? []).Select(s => new SummaryLine(s.Text, Ref(s.ArticleId), (s.SupportingArticleIds ?? []).Count)).ToList();
        return new ComparisonView(summary, figures, quotes, coverage, computedUtc);
    }

    /// <summary>"North Korean troops", "miles", "$": the qualifier and the thing counted.</summary>
    private static string Describe(StoredFigure figure)
    {
        var counted = figure.Counted switch
        {
            "$" => "Amount in dollars",
            "%" => "Percentage",
            var unit => unit,
        };
        var what = figure.Modifier is { Length: > 0 } modifier ? $"{modifier} {counted}" : counted;
        return what.Length == 0 ? what : char.ToUpper(what[0], CultureInfo.InvariantCulture) + what[1..];
    }

    private sealed record StoredRow(string Json, DateTime? ComputedUtc);

    // The stored shape (Core/Comparison/StoryComparisonResult.cs), only the members the page shows.
    internal sealed record Stored(
        List<StoredArticle>? Articles, List<StoredFigure>? Figures, List<StoredQuote>? Quotes, List<StoredCoverage>? Coverage, List<StoredSummary>? Summary);

    internal sealed record StoredArticle(int ArticleId, string Label);

    internal sealed record StoredFigure(string Counted, string? Modifier, List<string>? Context, bool Disagrees, List<StoredValue>? Values);

    internal sealed record StoredValue(string Display, List<string>? Hedges, List<int>? ArticleIds, List<StoredMention>? Mentions);

    internal sealed record StoredMention(int ArticleId, string Phrase);

    internal sealed record StoredQuote(string? Speaker, List<int>? ArticleIds, List<StoredVariant>? Variants);

    internal sealed record StoredVariant(string Text, string Kind, List<int>? ArticleIds);

    internal sealed record StoredCoverage(int ArticleId, int SentenceCount, double SharedSentenceShare, int? ClosestArticleId, double ClosestShare, List<string>? UniqueSentences);

    internal sealed record StoredSummary(string Text, int ArticleId, List<int>? SupportingArticleIds);
}
