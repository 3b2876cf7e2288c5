namespace NewsAggregator.Web.Reindexing;

public static class ReindexHosting
{
    /// <summary>The background queue behind the admin page's re-index button.</summary>
    public static WebApplicationBuilder AddNewsAggregatorReindexing(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ReindexJobs>();
        builder.Services.AddHostedService<ReindexService>();
        return builder;
    }
}
