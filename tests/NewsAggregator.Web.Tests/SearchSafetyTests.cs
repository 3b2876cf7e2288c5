using Microsoft.Extensions.DependencyInjection;
using NewsAggregator.Core.Ingestion;

namespace NewsAggregator.Web.Tests;

/// <summary>Uses its own store: the articles it imports would change what the other tests see.</summary>
public sealed class SearchSafetyTests : IDisposable
{
    private readonly NewsAppFactory _factory = new();

    [Fact]
    public async Task ArticleTextInHighlightsIsEscapedAndNewArticlesAreFoundAtOnce()
    {
        using var client = _factory.CreateClient();
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var importer = scope.ServiceProvider.GetRequiredService<ArticleImporter>();
            var text = "---\ntitle: Quayside <b>gala</b>\noutlet: Test Outlet\n---\nThe quayside gala <script>alert('x')</script> drew a crowd.\n";
            await importer.ImportAsync(new ImportFile("gala.txt", System.Text.Encoding.UTF8.GetBytes(text)));
        }

        var html = await client.GetStringAsync("/search?q=quayside");

        Assert.Contains("<mark>quayside</mark>", html);
        Assert.DoesNotContain("<script>alert", html);
        Assert.DoesNotContain("<b>gala</b>", html);
        Assert.Contains("&lt;script&gt;", html);
    }

    public void Dispose() => _factory.Dispose();
}
