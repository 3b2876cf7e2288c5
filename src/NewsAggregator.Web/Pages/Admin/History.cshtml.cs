using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsAggregator.Core.Storage;
using NewsAggregator.Web.Comparisons;

namespace NewsAggregator.Web.Pages.Admin;

/// <summary>Who sent what, when, and what came of it; and deleting an article.</summary>
public class HistoryModel(NewsDbContext db, ArticleRemover remover, ComparisonFillSignal comparisonFill) : PageModel
{
    private const int PageSize = 200;

    public IReadOnlyList<ImportRecord> Records { get; private set; } = [];

    /// <summary>Ids of the articles in <see cref="Records"/> that still exist (and so can be deleted).</summary>
    public IReadOnlySet<int> LiveArticles { get; private set; } = new HashSet<int>();

    public int? Deleted { get; private set; }

    public async Task OnGetAsync(int? deleted)
    {
        Deleted = deleted;
        Records = await db.ImportRecords.AsNoTracking().OrderByDescending(r => r.Id).Take(PageSize).ToListAsync();
        var ids = Records.Where(r => r.ArticleId != null).Select(r => r.ArticleId!.Value).Distinct().ToList();
        LiveArticles = (await db.Articles.Where(a => ids.Contains(a.Id)).Select(a => a.Id).ToListAsync()).ToHashSet();
    }

    public async Task<IActionResult> OnPostDeleteAsync(int articleId, CancellationToken cancellationToken)
    {
        if (!await remover.RemoveAsync(articleId, cancellationToken))
        {
            return NotFound();
        }

        comparisonFill.Request();
        return RedirectToPage(new { deleted = articleId });
    }
}
