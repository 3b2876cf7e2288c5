using System.Net;
using System.Text.RegularExpressions;

namespace NewsAggregator.Web.Tests;

public partial class PageTests(NewsAppFactory factory) : IClassFixture<NewsAppFactory>
{
    private static readonly string[] SampleFiles =
    [
        "000_52553ab48129d306.txt", "001_0079755abb901c0b.txt", "002_d919394625708035.txt",
        "003_a3806cfcfd78ec55.txt", "004_ac6ca75c755cddf6.txt",
    ];

    [Fact]
    public async Task HomeListsOneStoryForTheFiveSamples()
    {
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync("/");

        var storyLinks = StoryLink().Matches(html).Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.Single(storyLinks);
        Assert.Contains("5 reports", html);
    }

    [Fact]
    public async Task StoryPageListsAllFiveReportsWithTheirOutlets()
    {
        using var client = factory.CreateClient();
        var home = await client.GetStringAsync("/");
        var storyId = StoryLink().Match(home).Groups[1].Value;

        var html = await client.GetStringAsync($"/stories/{storyId}");

        foreach (var file in SampleFiles)
        {
            Assert.Contains(file, html);
        }

        Assert.Contains("OduNews", html);
        Assert.Contains("NJTODAY.NET", html);
        Assert.Contains("Associated Press", html);
        // The comparison links to reports too: count each report once.
        Assert.Equal(5, ArticleLink().Matches(html).Select(m => m.Groups[1].Value).Distinct().Count());
    }

    [Fact]
    public async Task ArticlePageShowsACleanReportAndItsOriginal()
    {
        using var client = factory.CreateClient();
        var home = await client.GetStringAsync("/");
        var story = await client.GetStringAsync($"/stories/{StoryLink().Match(home).Groups[1].Value}");
        var articleIds = ArticleLink().Matches(story).Select(m => m.Groups[1].Value).ToList();

        foreach (var id in articleIds)
        {
            var html = await client.GetStringAsync($"/articles/{id}");
            Assert.DoesNotContain("Leave a Reply", html);
            Assert.DoesNotContain("This website uses cookies", html);
            Assert.DoesNotContain("Exit mobile version", html);
            Assert.Contains("<p>", html);

            var original = await client.GetAsync($"/articles/{id}/original");
            Assert.Equal(HttpStatusCode.OK, original.StatusCode);
            var name = original.Content.Headers.ContentDisposition?.FileName?.Trim('"');
            Assert.Contains(name, SampleFiles);
            var expected = await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "samples", name!));
            Assert.Equal(expected, await original.Content.ReadAsByteArrayAsync());
        }
    }

    [Theory]
    [InlineData("/stories/999999")]
    [InlineData("/articles/999999")]
    [InlineData("/articles/999999/original")]
    [InlineData("/no-such-page")]
    public async Task UnknownAddressesAreFriendly404s(string url)
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Not found", await response.Content.ReadAsStringAsync());
    }

    [GeneratedRegex("""href="/stories/(\d+)""")]
    private static partial Regex StoryLink();

    [GeneratedRegex("""href="/articles/(\d+)">""")]
    private static partial Regex ArticleLink();
}
