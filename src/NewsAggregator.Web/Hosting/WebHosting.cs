using NewsAggregator.Core.Search;
using NewsAggregator.Web.Accounts;
using NewsAggregator.Web.Api;
using NewsAggregator.Web.Comparisons;
using NewsAggregator.Web.Feed;
using NewsAggregator.Web.Pages;
using NewsAggregator.Web.Pages.Stories;
using NewsAggregator.Web.Reindexing;
using NewsAggregator.Web.Security;
using NewsAggregator.Web.Upload;

namespace NewsAggregator.Web.Hosting;

/// <summary>The web server's own services and pipeline.</summary>
public static class WebHosting
{
    public static WebApplicationBuilder AddNewsAggregatorWeb(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorPages();
        builder.Services.AddOpenApi();
        builder.Services.AddReadingCache(builder.Configuration);
        builder.Services.AddScoped<StoryCatalog>();
        builder.Services.AddScoped<ArticleSearch>();
        builder.AddNewsAggregatorSecurity();
        builder.AddNewsAggregatorAccounts();
        builder.AddNewsAggregatorUpload();
        builder.AddNewsAggregatorReindexing();
        builder.AddNewsAggregatorComparisonFill();
        return builder;
    }

    /// <summary>Migrates the store and, on an empty one, imports the samples before the first request.</summary>
    public static async Task InitializeStoreAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var initializer = scope.ServiceProvider.GetRequiredService<StoreInitializer>();
        await initializer.MigrateAsync();
        await app.InitializeAccountsAsync();
        await initializer.ImportSamplesIfEmptyAsync();
    }

    public static WebApplication UseNewsAggregator(this WebApplication app)
    {
        app.UseMiddleware<RequestLoggingMiddleware>();
        app.UseNewsAggregatorSecurityHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error");
        }

        app.UseStatusCodePagesWithReExecute("/Error", "?code={0}");
        app.UseStaticFiles();
        app.UseRouting();
        app.UseNewsAggregatorAccess();
        app.UseOutputCache();
        app.UseReadingCacheEviction();
        app.MapRazorPages();
        app.MapOpenApi();
        app.MapNewsApi();
        app.MapAtomFeed();
        return app;
    }
}
