using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using NewsAggregator.Core.Storage;

namespace NewsAggregator.Web.Pages.Articles;

[OutputCache(PolicyName = ReadingCache.Policy)]
public class DetailsModel(NewsDbContext db) : PageModel
{
    public ArticleView Article { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var article = await ArticleView.FindAsync(db, id, cancellationToken);
        if (article is null)
        {
            return NotFound();
        }

        Article = article;
        return Page();
    }

    /// <summary>The file exactly as it was imported, under its original name.</summary>
    public async Task<IActionResult> OnGetOriginalAsync(int id, CancellationToken cancellationToken)
    {
        var source = await db.Articles.AsNoTracking().Where(a => a.Id == id)
            .Select(a => new { a.Source.FileName, a.Source.Content })
            .SingleOrDefaultAsync(cancellationToken);
        return source is null
            ? NotFound()
            : File(source.Content, "application/octet-stream", Path.GetFileName(source.FileName));
    }
}
