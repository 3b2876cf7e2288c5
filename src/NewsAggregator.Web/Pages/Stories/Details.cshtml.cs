using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsAggregator.Core.Storage;

namespace NewsAggregator.Web.Pages.Stories;

public class DetailsModel(NewsDbContext db) : PageModel
{
    public StoryView Story { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var story = await db.Stories.AsNoTracking()
            .Where(s => s.Id == id)
            .Select(s => new StoryView(s.Id, s.Headline, s.OutletCount,
                s.Articles.OrderBy(a => a.PublishedUtc).ThenBy(a => a.Id)
                    .Select(a => new ReportView(a.Id, a.Title, a.Outlet, a.Byline, a.PublishedUtc, a.Source.FileName))
                    .ToList()))
            .SingleOrDefaultAsync(cancellationToken);
        if (story is null)
        {
            return NotFound();
        }

        Story = story;
        return Page();
    }

    public sealed record StoryView(int Id, string Headline, int OutletCount, List<ReportView> Reports);

    public sealed record ReportView(int Id, string Title, string? Outlet, string? Byline, DateTime? PublishedUtc, string FileName);
}
