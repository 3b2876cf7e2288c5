using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsAggregator.Core.Storage;
using NewsAggregator.Web.Reindexing;

namespace NewsAggregator.Web.Pages.Admin;

/// <summary>The admin overview and the re-index control; the folder's policy admits admins only.</summary>
public class IndexModel(NewsDbContext db, ReindexJobs reindex) : PageModel
{
    public int Articles { get; private set; }
    public int Stories { get; private set; }
    public ReindexStatus Reindex { get; private set; } = ReindexStatus.Idle;

    /// <summary>Set when a start was refused because a job is already queued or running.</summary>
    public bool AlreadyRunning { get; private set; }

    public async Task OnGetAsync(bool busy = false)
    {
        Articles = await db.Articles.CountAsync();
        Stories = await db.Stories.CountAsync();
        Reindex = reindex.Status;
        AlreadyRunning = busy;
    }

    /// <summary>The progress the page's script polls.</summary>
    public JsonResult OnGetProgress()
    {
        var s = reindex.Status;
        return new JsonResult(new
        {
            state = s.State.ToString().ToLowerInvariant(),
            s.Done,
            s.Total,
            s.Percent,
            s.ArticlesPerSecond,
            s.SecondsLeft,
            s.Phase,
            s.Message,
        });
    }

    public IActionResult OnPostStart() =>
        reindex.TryStart(User.Identity!.Name!) ? RedirectToPage() : RedirectToPage(new { busy = true });

    public IActionResult OnPostCancel()
    {
        reindex.Cancel();
        return RedirectToPage();
    }
}
