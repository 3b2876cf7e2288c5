using Microsoft.EntityFrameworkCore;
using NewsAggregator.Core.Comparison;
using NewsAggregator.Core.Storage;

namespace NewsAggregator.Web.Pages.Stories;

/// <summary>The story reads shared by the pages, the JSON API and the feed: one or two queries each.</summary>
public sealed class StoryCatalog(NewsDbContext db, ComparisonProvider comparisons)
{
    public const int PageSize = 20;

    /// <summary>
    /// Stories newest day first and, within a day, the most widely covered first: a story many
    /// outlets carry outranks a single report from the same day, yet never buries newer days.
    /// Pages past the end show the last page.
    /// </summary>
    public async Task<StoryListPage> ListAsync(int page, string? outlet, CancellationToken cancellationToken)
    {
        var stories = db.Stories.AsNoTracking().Where(s => s.ArticleCount > 0);
        outlet = string.IsNullOrWhiteSpace(outlet) ? null : outlet.Trim();
        if (outlet is not null)
        {
            stories = stories.Where(s => s.Articles.Any(a => EF.Functions.Collate(a.Outlet, "NOCASE") == outlet));
        }

        var total = await stories.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pageCount);
        var rows = await stories
            .OrderByDescending(s => (s.LastPublishedUtc ?? s.UpdatedUtc).Date)
            .ThenByDescending(s => s.OutletCount)
            .ThenByDescending(s => s.LastPublishedUtc ?? s.UpdatedUtc)
            .ThenByDescending(s => s.Id)
            .Skip((page - 1) * PageSize)
            .Take(PageSize)
            .Select(s => new { s.Id, s.Headline, s.ArticleCount, s.OutletCount, s.FirstPublishedUtc, s.LastPublishedUtc })
            .ToListAsync(cancellationToken);
        var outlets = await OutletsAsync([.. rows.Select(s => s.Id)], cancellationToken);
        var cards = rows.Select(s => new StoryCard(s.Id, s.Headline, s.ArticleCount, s.OutletCount, s.FirstPublishedUtc, s.LastPublishedUtc,
            [.. outlets[s.Id].Order(StringComparer.OrdinalIgnoreCase)])).ToList();
        return new StoryListPage(cards, page, pageCount, total, outlet);
    }

    /// <summary>
    /// The story with its reports in time order and its comparison (computed now if none is stored),
    /// or null when there is no such story.
    /// </summary>
    public async Task<StoryView?> FindAsync(int id, CancellationToken cancellationToken)
    {
        var story = await db.Stories.AsNoTracking()
            .Where(s => s.Id == id)
            .Select(s => new { s.Id, s.Headline, s.OutletCount, s.FirstPublishedUtc, s.LastPublishedUtc })
            .SingleOrDefaultAsync(cancellationToken);
        if (story is null)
        {
            return null;
        }

        // Its own query on the StoryId index: joined into the story query, SQLite scanned every article.
        var reports = await db.Articles.AsNoTracking()
            .Where(a => a.StoryId == id)
            .OrderBy(a => a.PublishedUtc).ThenBy(a => a.Id)
            .Select(a => new ReportView(a.Id, a.Title, a.Outlet, a.Byline, a.PublishedUtc, a.Source.FileName))
            .ToListAsync(cancellationToken);
        var comparison = await ComparisonReader.LoadAsync(comparisons, id, reports, cancellationToken);
        return new StoryView(story.Id, story.Headline, story.OutletCount, story.FirstPublishedUtc, story.LastPublishedUtc,
            reports, comparison);
    }

    /// <summary>The most recently updated stories, for the feed.</summary>
    public async Task<IReadOnlyList<StoryCard>> LatestAsync(int count, CancellationToken cancellationToken)
    {
        var rows = await db.Stories.AsNoTracking()
            .Where(s => s.ArticleCount > 0)
            .OrderByDescending(s => s.UpdatedUtc).ThenByDescending(s => s.Id)
            .Take(count)
            .Select(s => new
            {
                s.Id, s.Headline, s.ArticleCount, s.OutletCount, s.FirstPublishedUtc, s.LastPublishedUtc, s.UpdatedUtc,
            })
            .ToListAsync(cancellationToken);
        var outlets = await OutletsAsync([.. rows.Select(s => s.Id)], cancellationToken);
        return [.. rows.Select(s => new StoryCard(s.Id, s.Headline, s.ArticleCount, s.OutletCount, s.FirstPublishedUtc,
            s.LastPublishedUtc, [.. outlets[s.Id].Order(StringComparer.OrdinalIgnoreCase)], s.UpdatedUtc))];
    }

    private async Task<ILookup<int, string>> OutletsAsync(List<int> storyIds, CancellationToken cancellationToken) =>
        (await db.Articles.AsNoTracking()
            .Where(a => a.StoryId != null && storyIds.Contains(a.StoryId.Value) && a.Outlet != null)
            .Select(a => new { StoryId = a.StoryId!.Value, Outlet = a.Outlet! })
            .Distinct()
            .ToListAsync(cancellationToken))
        .ToLookup(a => a.StoryId, a => a.Outlet);
}

public sealed record StoryListPage(IReadOnlyList<StoryCard> Stories, int Page, int PageCount, int Total, string? Outlet);

public sealed record StoryCard(
    int Id,
    string Headline,
    int ArticleCount,
    int OutletCount,
    DateTime? FirstPublishedUtc,
    DateTime? LastPublishedUtc,
    IReadOnlyList<string> Outlets,
    DateTime? UpdatedUtc = null);

public sealed record StoryView(
    int Id,
    string Headline,
    int OutletCount,
    DateTime? FirstPublishedUtc,
    DateTime? LastPublishedUtc,
    IReadOnlyList<ReportView> Reports,
    ComparisonView? Comparison);

public sealed record ReportView(int Id, string Title, string? Outlet, string? Byline, DateTime? PublishedUtc, string FileName)
{
    private const int LabelLength = 40;

    /// <summary>The outlet, or for a report without one the start of its title, so links stay telling.</summary>
    public string Label => Outlet
        ?? (Title.Length <= LabelLength ? Title : string.Concat(Title.AsSpan(0, Title.LastIndexOf(' ', LabelLength) is > 0 and var cut ? cut : LabelLength), "…"));
}
