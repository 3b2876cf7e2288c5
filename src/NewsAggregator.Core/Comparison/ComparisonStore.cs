using System.Buffers;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NewsAggregator.Core.Ingestion;
using NewsAggregator.Core.Storage;

namespace NewsAggregator.Core.Comparison;

/// <summary>Computes and stores story comparisons, and reads them back for the story page.</summary>
public static class ComparisonStore
{
    private const int StoriesPerQuery = 100;

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.General);

    private static readonly SearchValues<char> QuotationMarks = SearchValues.Create("\"“”„«»");

    /// <summary>
    /// Recomputes the comparison of each given story from its articles' paragraphs and block quotes,
    /// replacing any stored one. A story that no longer exists or has no articles loses its comparison.
    /// Returns how many comparisons were written.
    /// </summary>
    public static async Task<int> RefreshAsync(NewsDbContext db, IEnumerable<int> storyIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(storyIds);

        var written = 0;
        var computedUtc = DateTime.UtcNow;
        foreach (var chunk in storyIds.Distinct().Chunk(StoriesPerQuery))
        {
            var articles = await db.Articles.AsNoTracking()
                .Where(a => a.StoryId != null && chunk.Contains(a.StoryId.Value))
                .Include(a => a.Blocks.Where(b => b.Kind == BlockKind.Paragraph || b.Kind == BlockKind.Quote).OrderBy(b => b.Ordinal))
                .OrderBy(a => a.PublishedUtc).ThenBy(a => a.Id)
                .ToListAsync(cancellationToken);
            var stories = await db.Stories.Where(s => chunk.Contains(s.Id)).Select(s => s.Id).ToListAsync(cancellationToken);
            var stored = await db.StoryComparisons.Where(c => chunk.Contains(c.StoryId)).ToDictionaryAsync(c => c.StoryId, cancellationToken);

            var byStory = articles.ToLookup(a => a.StoryId!.Value);

            // Comparing is pure and the costliest step of an import: the chunk's stories run on every core.
            var computed = chunk.Where(id => byStory[id].Any() && stories.Contains(id))
                .AsParallel()
                .Select(id => (Id: id, Json: JsonSerializer.Serialize(StoryComparer.Compare([.. byStory[id].Select(ToInput)]), JsonOptions)))
                .ToDictionary(c => c.Id, c => c.Json);
            foreach (var storyId in chunk)
            {
                stored.TryGetValue(storyId, out var comparison);
                if (!computed.TryGetValue(storyId, out var json))
                {
                    if (comparison is not null)
                    {
                        db.StoryComparisons.Remove(comparison);
                    }

                    continue;
                }

                if (comparison is null)
                {
                    comparison = new StoryComparison { StoryId = storyId };
                    db.StoryComparisons.Add(comparison);
                }

                comparison.Json = json;
                comparison.ComputedUtc = computedUtc;
                written++;
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        return written;
    }

    /// <summary>
    /// The stored comparison of a story, or null when there is none or it was written in a shape
    /// this version cannot read (refresh the story to rebuild it).
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
