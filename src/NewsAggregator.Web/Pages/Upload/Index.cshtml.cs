using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using NewsAggregator.Core.Ingestion;
using NewsAggregator.Web.Reindexing;
using NewsAggregator.Web.Upload;

namespace NewsAggregator.Web.Pages.Upload;

/// <summary>
/// Upload for editors and admins (the folder's policy). The plain form posts every file at once;
/// the script posts them one by one to the "One" handler to show each file's progress.
/// </summary>
public class IndexModel(UploadImporter uploads, IOptions<UploadOptions> options, ArticleImporter importer, ReindexJobs reindex) : PageModel
{
    /// <summary>A re-index holds the store's write lock until it commits: uploads wait for it.</summary>
    public bool ReindexRunning => reindex.Status.IsActive;

    public UploadOptions Limits => options.Value;

    public IEnumerable<string> Accepted => importer.SupportedExtensions.Append(".zip");

    public IReadOnlyList<UploadResult>? Results { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(List<IFormFile> files, CancellationToken cancellationToken)
    {
        Results = await uploads.ImportAsync(files, User.Identity!.Name!, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostOneAsync(List<IFormFile> files, CancellationToken cancellationToken)
    {
        var results = await uploads.ImportAsync(files, User.Identity!.Name!, cancellationToken);
        return new JsonResult(results.Select(r => new
        {
            name = r.DisplayName,
            status = r.Outcome.Status.ToString().ToLowerInvariant(),
            articleId = r.Outcome.ArticleId,
            storyId = r.Outcome.StoryId,
            reason = r.Outcome.Reason,
        }));
    }
}
