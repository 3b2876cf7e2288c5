namespace NewsAggregator.Web.Pages;

/// <summary>Previous/next links for a paged list; <see cref="Link"/> builds the address of a page.</summary>
public sealed record PagerModel(int Page, int PageCount, Func<int, string> Link);
