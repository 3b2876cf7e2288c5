using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace NewsAggregator.Web.Pages.Stories;

[OutputCache(PolicyName = ReadingCache.Policy)]
public class DetailsModel(StoryCatalog catalog) : PageModel
{
    public StoryView Story { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var story = await catalog.FindAsync(id, cancellationToken);
        if (story is null)
        {
            return NotFound();
        }

        Story = story;
        return Page();
    }
}
