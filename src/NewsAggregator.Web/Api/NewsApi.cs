using Microsoft.AspNetCore.Http.HttpResults;
using NewsAggregator.Core.Search;
using NewsAggregator.Core.Storage;
using NewsAggregator.Web.Pages.Articles;
using NewsAggregator.Web.Pages.Stories;

namespace NewsAggregator.Web.Api;

/// <summary>The read-only JSON API under /api, described at /openapi/v1.json.</summary>
public static class NewsApi
{
    public static IEndpointRouteBuilder MapNewsApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api").WithTags("News");
        api.MapGet("/stories", ListStoriesAsync).WithName("ListStories")
            .WithSummary("Stories, newest day first and the most widely covered first within a day (20 a page).");
        api.MapGet("/stories/{id:int}", GetStoryAsync).WithName("GetStory")
            .WithSummary("A story with its reports and the comparison of how they differ (null until computed).");
        api.MapGet("/articles/{id:int}", GetArticleAsync).WithName("GetArticle")
            .WithSummary("One article: metadata and its content blocks in reading order.");
        api.MapGet("/search", SearchAsync).WithName("Search")
            .WithSummary("Full-text search over titles and bodies; words match as prefixes, \"quoted phrases\" exactly.");
        return endpoints;
    }

    private static async Task<Results<Ok<StoryListPage>, ProblemHttpResult>> ListStoriesAsync(
        StoryCatalog catalog, string? page, string? outlet, CancellationToken cancellationToken)
    {
        if (!TryReadPage(page, out var number))
        {
            return BadPage();
        }

        return TypedResults.Ok(await catalog.ListAsync(number, outlet, cancellationToken));
    }

    private static async Task<Results<Ok<StoryView>, NotFound>> GetStoryAsync(int id, StoryCatalog catalog, CancellationToken cancellationToken) =>
        await catalog.FindAsync(id, cancellationToken) is { } story ? TypedResults.Ok(story) : TypedResults.NotFound();

    private static async Task<Results<Ok<ArticleView>, NotFound>> GetArticleAsync(int id, NewsDbContext db, CancellationToken cancellationToken) =>
        await ArticleView.FindAsync(db, id, cancellationToken) is { } article ? TypedResults.Ok(article) : TypedResults.NotFound();

    private static async Task<Results<Ok<SearchResults>, ProblemHttpResult>> SearchAsync(
        ArticleSearch search, string? q, string? page, CancellationToken cancellationToken)
    {
        if (!TryReadPage(page, out var number))
        {
            return BadPage();
        }

        var results = await search.SearchAsync(q, number, cancellationToken: cancellationToken);
        return results.Problem is { } problem
            ? TypedResults.Problem(problem, statusCode: StatusCodes.Status400BadRequest, title: "The search cannot run")
            : TypedResults.Ok(results);
    }

    /// <summary>Read by hand so a bad value gets a problem document that says what is wrong, not a bare 400.</summary>
    private static bool TryReadPage(string? text, out int page)
    {
        page = 1;
        return string.IsNullOrEmpty(text) || (int.TryParse(text, out page) && page >= 1);
    }

    private static ProblemHttpResult BadPage() =>
        TypedResults.Problem("page must be a whole number from 1.", statusCode: StatusCodes.Status400BadRequest, title: "Bad page number");
}
