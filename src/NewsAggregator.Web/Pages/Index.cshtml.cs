using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using NewsAggregator.Web.Pages.Stories;

namespace NewsAggregator.Web.Pages;

[OutputCache(PolicyName = ReadingCache.Policy)]
public class IndexModel(StoryCatalog catalog) : PageModel
{
    public StoryListPage List { get; private set; } = null!;

    /// <summary>?page must be a whole number from 1 (400 otherwise); past the last page shows the last one.</summary>
    public async Task<IActionResult> OnGetAsync([FromQuery] int? page, [FromQuery] string? outlet, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid || page < 1)
        {
            return BadRequest();
        }

        List = await catalog.ListAsync(page ?? 1, outlet, cancellationToken);
        return Page();
    }

    public string PageLink(int page) =>
        Url.Page("/Index", new { page = page == 1 ? (int?)null : page, outlet = List.Outlet })!;
}
