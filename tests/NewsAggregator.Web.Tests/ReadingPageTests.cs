using System.Net;
using System.Text.RegularExpressions;

namespace NewsAggregator.Web.Tests;

/// <summary>Home paging and outlet filter, search page, and the story page's comparison section.</summary>
public partial class ReadingPageTests(NewsAppFactory factory) : IClassFixture<NewsAppFactory>
{
    [Theory]
    [InlineData("/?page=abc")]
    [InlineData("/?page=0")]
    [InlineData("/?page=-2")]
    [InlineData("/search?q=Biden&page=zero")]
    public async Task BadPageNumbersAreFriendly400s(string url)
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Bad request", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task APagePastTheEndShowsTheLastPage()
    {
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync("/?page=9999");

        Assert.Matches(StoryLink(), html);
    }

    [Fact]
    public async Task OutletFilterKeepsOnlyStoriesWithThatOutlet()
    {
        using var client = factory.CreateClient();
        var home = await client.GetStringAsync("/");
        var outlet = Uri.UnescapeDataString(WebUtility.HtmlDecode(OutletLink().Match(home).Groups[1].Value));

        var filtered = await client.GetStringAsync($"/?outlet={Uri.EscapeDataString(outlet.ToUpperInvariant())}");
        var unknown = await client.GetStringAsync("/?outlet=No%20Such%20Outlet");

        Assert.False(string.IsNullOrEmpty(outlet));
        Assert.Matches(StoryLink(), filtered);
        Assert.DoesNotMatch(StoryLink(), unknown);
        Assert.Contains("No story has a report from this outlet", unknown);
    }

    [Fact]
    public async Task HomeShowsHeadlineOutletsAndCounts()
    {
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync("/");

        Assert.Contains("class=\"story-card\"", html);
        Assert.Matches(@"\d+ reports?\s+from \d+ outlets?", html);
        Assert.Matches(OutletLink(), html);
    }

    [Fact]
    public async Task SearchForZelenskyHighlightsZelenskyy()
    {
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync("/search?q=Zelensky");

        Assert.Contains("<mark>Zelenskyy</mark>", html);
        Assert.Matches(@"href=""/articles/\d+""", html);
    }

    [Theory]
    [InlineData("%22unbalanced")]
    [InlineData("AND")]
    [InlineData("*")]
    [InlineData("Biden%20AND")]
    [InlineData("(Biden")]
    public async Task QueriesSearchCannotRunGetAFriendlyMessage(string q)
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync($"/search?q={q}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("class=\"problem\"", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task SearchWithoutAQueryShowsTheForm()
    {
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync("/search");

        Assert.Contains("role=\"search\"", html);
        Assert.DoesNotContain("class=\"problem\"", html);
    }

    [Fact]
    public async Task StoryPageHasATimelineAndAComparisonSection()
    {
        using var client = factory.CreateClient();
        var home = await client.GetStringAsync("/");

        var html = await client.GetStringAsync($"/stories/{StoryLink().Match(home).Groups[1].Value}");

        Assert.Contains("class=\"timeline\"", html);
        Assert.Contains("How the reports differ", html);
        Assert.DoesNotContain("not been computed yet", html);
        Assert.Matches("<meta name=\"description\" content=\"[^\"]+\"", html);
    }

    [Fact]
    public async Task PagesLoadScriptOnlyFromAFileNeverInline()
    {
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync("/");

        Assert.Matches(@"<script src=""/js/site\.js\?v=[^""]+"" defer></script>", html);
        Assert.Single(Regex.Matches(html, "<script"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/js/site.js")).StatusCode);
    }

    [GeneratedRegex("""href="/stories/(\d+)""")]
    private static partial Regex StoryLink();

    [GeneratedRegex("""href="/\?outlet=([^"]+)">""")]
    private static partial Regex OutletLink();
}
