using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsAggregator.Core.Search;

namespace NewsAggregator.Web.Pages.Search;

public class IndexModel(ArticleSearch search) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    public SearchResults? Results { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromQuery] int? page, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid || page < 1)
        {
            return BadRequest();
        }

        if (!string.IsNullOrWhiteSpace(Query))
        {
            Results = await search.SearchAsync(Query, page ?? 1, cancellationToken: cancellationToken);
        }

        return Page();
    }

    public string PageLink(int page) => Url.Page("/Search/Index", new { q = Query, page })!;
}
