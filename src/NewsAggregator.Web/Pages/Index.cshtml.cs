using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsAggregator.Core.Storage;

namespace NewsAggregator.Web.Pages;

public class IndexModel(NewsDbContext db) : PageModel
{
    public IReadOnlyList<StoryCard> Stories { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var stories = await db.Stories.AsNoTracking()
            .OrderByDescending(s => s.LastPublishedUtc ?? s.UpdatedUtc)
            .ThenByDescending(s => s.OutletCount)
            .Take(50)
            .Select(s => new { s.Id, s.Headline, s.ArticleCount, s.OutletCount, s.FirstPublishedUtc })
            .ToListAsync(cancellationToken);
        var ids = stories.Select(s => s.Id).ToList();
        var outlets = (await db.Articles.AsNoTracking()
                .Where(a => a.StoryId != null && ids.Contains(a.StoryId.Value) && a.Outlet != null)
                .Select(a => new { StoryId = a.StoryId!.Value, Outlet = a.Outlet! })
                .Distinct()
                .ToListAsync(cancellationToken))
            .ToLookup(a => a.StoryId, a => a.Outlet);
        Stories = [.. stories.Select(s => new StoryCard(s.Id, s.Headline, s.ArticleCount, s.OutletCount, s.FirstPublishedUtc,
            [.. outlets[s.Id].Order(StringComparer.OrdinalIgnoreCase)]))];
    }

    public sealed record StoryCard(int Id, string Headline, int ArticleCount, int OutletCount, DateTime? FirstPublishedUtc, List<string> Outlets);
}
