namespace NewsAggregator.Web.Comparisons;

public static class ComparisonFillHosting
{
    /// <summary>The background fill of missing story comparisons (web server only), and the signal that wakes it.</summary>
    public static WebApplicationBuilder AddNewsAggregatorComparisonFill(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ComparisonFillOptions>()
            .BindConfiguration(ComparisonFillOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<ComparisonFillSignal>();
        builder.Services.AddHostedService<ComparisonFillService>();
        return builder;
    }
}
