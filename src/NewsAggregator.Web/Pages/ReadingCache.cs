using Microsoft.AspNetCore.OutputCaching;

namespace NewsAggregator.Web.Pages;

/// <summary>
/// Output caching of the reading pages (home, story, article) for anonymous readers, for
/// Reading:CacheSeconds (default 10; 0 turns it off). Changes made through this server (uploads,
/// deletions, a finished re-index) evict the cached pages at once; an import by the command-line
/// verb, another process, shows once the entries expire.
/// </summary>
public static class ReadingCache
{
    public const string Policy = "Reading";
    public const int DefaultSeconds = 10;
    private const string Tag = "reading";

    public static IServiceCollection AddReadingCache(this IServiceCollection services, IConfiguration configuration)
    {
        var seconds = configuration.GetValue("Reading:CacheSeconds", DefaultSeconds);
        services.AddOutputCache(options => options.AddPolicy(Policy, policy =>
        {
            if (seconds > 0)
            {
                policy.Expire(TimeSpan.FromSeconds(seconds)).SetVaryByQuery("page", "outlet").Tag(Tag);
            }
            else
            {
                policy.NoCache();
            }
        }));
        return services;
    }

    /// <summary>Drops every cached reading page, so the next request sees the store as it is now.</summary>
    public static Task ForgetAsync(IOutputCacheStore store, CancellationToken cancellationToken) =>
        store.EvictByTagAsync(Tag, cancellationToken).AsTask();

    /// <summary>
    /// Every change made through the site arrives as a successful POST (upload, delete, re-index
    /// start); evicting after each keeps the rule in one place instead of in every handler.
    /// </summary>
    public static IApplicationBuilder UseReadingCacheEviction(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (HttpMethods.IsPost(context.Request.Method))
            {
                // Before the response starts, so a client that follows the answer sees fresh pages.
                context.Response.OnStarting(() => context.Response.StatusCode < 400
                    ? ForgetAsync(context.RequestServices.GetRequiredService<IOutputCacheStore>(), CancellationToken.None)
                    : Task.CompletedTask);
            }

            await next(context);
        });
}
