namespace NewsAggregator.Web.Pages;

/// <summary>
/// Optional output caching of the reading pages (home, story, article) for busy sites. Off by
/// default (Reading:CacheSeconds = 0), because a cached page does not see an import or upload until
/// it expires; a few seconds is enough to absorb a rush on one story.
/// </summary>
public static class ReadingCache
{
    public const string Policy = "Reading";

    public static IServiceCollection AddReadingCache(this IServiceCollection services, IConfiguration configuration)
    {
        var seconds = configuration.GetValue("Reading:CacheSeconds", 0);
        services.AddOutputCache(options => options.AddPolicy(Policy, policy =>
        {
            if (seconds > 0)
            {
                policy.Expire(TimeSpan.FromSeconds(seconds)).SetVaryByQuery("page", "outlet");
            }
            else
            {
                policy.NoCache();
            }
        }));
        return services;
    }
}
