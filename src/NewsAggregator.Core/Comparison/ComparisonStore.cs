using System.Buffers;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NewsAggregator.Core.Ingestion;
using NewsAggregator.Core.Storage;

namespace NewsAggregator.Core.Comparison;

/// <summary>
/// The stored story comparisons: how they are computed, read back and marked stale. Changes only
/// mark them stale; <see cref="ComparisonProvider"/> computes and stores them when they are read.
/// </summary>
public static class ComparisonStore
{
    private const int StoriesPerStatement = 500;

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.General);

    private static readonly SearchValues<char> QuotationMarks = SearchValues.Create("\"“”„«»");

    /// <summary>
    /// Marks the comparisons of the given stories stale by deleting them, in the caller's
    /// transaction: one statement per few hundred stories, so a change never waits on comparing.
    /// The next read computes them again (<see cref="ComparisonProvider"/>). Returns how many were dropped.
    /// </summary>
    public static async Task<int> InvalidateAsync(NewsDbContext db, IEnumerable<int> storyIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(storyIds);

        var dropped = 0;
        foreach (var chunk in storyIds.Distinct().Chunk(StoriesPerStatement))
        {
            // One JSON parameter rather than EF 10's default of one parameter per id.
            dropped += await db.StoryComparisons.Where(c => EF.Parameter(chunk).Contains(c.StoryId)).ExecuteDeleteAsync(cancellationToken);
        }

        return dropped;
    }

    /// <summary>Marks every stored comparison stale, for changes that may touch any story (a re-index).</summary>
    public static Task<int> InvalidateAllAsync(NewsDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.StoryComparisons.ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>
    /// Compares the reports of a story from their paragraphs and block quotes, oldest first, as
    /// the store holds them now; null when the story has no articles (or does not exist). Stores nothing.
    /// </summary>
    public static async Task<StoryComparisonResult?> ComputeAsync(NewsDbContext db, int storyId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var articles = await db.Articles.AsNoTracking()
            .Where(a => a.StoryId == storyId)
            .Include(a => a.Blocks.Where(b => b.Kind == BlockKind.Paragraph || b.Kind == BlockKind.Quote).OrderBy(b => b.Ordinal))
            .OrderBy(a => a.PublishedUtc).ThenBy(a => a.Id)
            .ToListAsync(cancellationToken);
        return articles.Count == 0 ? null : StoryComparer.Compare([.. articles.Select(ToInput)]);
    }

    /// <summary>The form a comparison is stored in.</summary>
    public static string Serialize(StoryComparisonResult result) => JsonSerializer.Serialize(result, JsonOptions);

    /// <summary>
    /// The stored comparison of a story, or null when there is none (never computed, or stale) or it
    /// was written in a shape this version cannot read. Computes nothing: see <see cref="ComparisonProvider"/>.
    /// </summary>
    public static async Task<StoryComparisonResult?> LoadAsync(NewsDbContext db, int storyId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var json = await db.StoryComparisons.AsNoTracking()
            .Where(c => c.StoryId == storyId)
            .Select(c => c.Json)
            .FirstOrDefaultAsync(cancellationToken);
        if (json is null)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<StoryComparisonResult>(json, JsonOptions);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>A block quote set off by layout alone gets quotation marks, so it is compared as a quote.</summary>
    private static bool HasQuotationMarks(string text) => text.AsSpan().IndexOfAny(QuotationMarks) >= 0;

    public static ComparisonInput ToInput(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var label = !string.IsNullOrWhiteSpace(article.Outlet) ? article.Outlet
            : !string.IsNullOrWhiteSpace(article.Title) ? article.Title
            : $"Article {article.Id}";
        var paragraphs = article.Blocks
            .Where(b => b.Kind is BlockKind.Paragraph or BlockKind.Quote)
            .OrderBy(b => b.Ordinal)
            .Select(b => b.Kind == BlockKind.Quote && !HasQuotationMarks(b.Text) ? $"“{b.Text.Trim()}”" : b.Text)
            .ToList();
        return new ComparisonInput(article.Id, label, paragraphs);
    }
}
