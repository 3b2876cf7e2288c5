using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Xml.Linq;

namespace NewsAggregator.Web.Tests;

public class ApiTests(NewsAppFactory factory) : IClassFixture<NewsAppFactory>
{
    [Fact]
    public async Task StoriesListsPagedStoriesWithOutlets()
    {
        using var client = factory.CreateClient();

        var json = await client.GetFromJsonAsync<JsonElement>("/api/stories");

        Assert.Equal(1, json.GetProperty("page").GetInt32());
        var story = json.GetProperty("stories")[0];
        Assert.True(story.GetProperty("id").GetInt32() > 0);
        Assert.False(string.IsNullOrEmpty(story.GetProperty("headline").GetString()));
        Assert.True(story.GetProperty("outlets").GetArrayLength() > 0);
    }

    [Fact]
    public async Task StoryHasItsReportsAndItsComparison()
    {
        using var client = factory.CreateClient();
        var id = await FirstStoryIdAsync(client);

        var story = await client.GetFromJsonAsync<JsonElement>($"/api/stories/{id}");

        Assert.Equal(id, story.GetProperty("id").GetInt32());
        Assert.True(story.GetProperty("reports").GetArrayLength() > 0);
        // Computed on this request if the background fill has not got to it yet: never null for a story with reports.
        Assert.Equal(JsonValueKind.Object, story.GetProperty("comparison").ValueKind);
    }

    [Fact]
    public async Task ArticleHasItsBlocks()
    {
        using var client = factory.CreateClient();
        var story = await client.GetFromJsonAsync<JsonElement>($"/api/stories/{await FirstStoryIdAsync(client)}");
        var articleId = story.GetProperty("reports")[0].GetProperty("id").GetInt32();

        var article = await client.GetFromJsonAsync<JsonElement>($"/api/articles/{articleId}");

        Assert.Equal(articleId, article.GetProperty("id").GetInt32());
        Assert.True(article.GetProperty("blocks").GetArrayLength() > 0);
    }

    [Fact]
    public async Task SearchReturnsRankedHitsWithMarkedRuns()
    {
        using var client = factory.CreateClient();

        var json = await client.GetFromJsonAsync<JsonElement>("/api/search?q=missiles");

        Assert.True(json.GetProperty("total").GetInt32() > 0);
        var hit = json.GetProperty("hits")[0];
        Assert.Contains(hit.GetProperty("snippet").EnumerateArray(), r => r.GetProperty("marked").GetBoolean());
    }

    [Theory]
    [InlineData("/api/stories/999999")]
    [InlineData("/api/articles/999999")]
    public async Task UnknownIdsAre404(string url)
    {
        using var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(url)).StatusCode);
    }

    [Theory]
    [InlineData("/api/stories?page=abc")]
    [InlineData("/api/stories?page=0")]
    [InlineData("/api/search?q=%22open")]
    [InlineData("/api/search?q=AND")]
    [InlineData("/api/search?q=Biden&page=-1")]
    public async Task BadQueriesAreProblemDocuments(string url)
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task OpenApiDocumentDescribesEveryEndpoint()
    {
        using var client = factory.CreateClient();

        var json = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var paths = json.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/stories", paths);
        Assert.Contains("/api/stories/{id}", paths);
        Assert.Contains("/api/articles/{id}", paths);
        Assert.Contains("/api/search", paths);
    }

    [Fact]
    public async Task FeedIsAtomWithAnEntryPerStory()
    {
        using var client = factory.CreateClient();
        var stories = await client.GetFromJsonAsync<JsonElement>("/api/stories");

        var response = await client.GetAsync("/feed.atom");

        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(atom + "feed", feed.Root!.Name);
        var entries = feed.Root.Elements(atom + "entry").ToList();
        Assert.Equal(stories.GetProperty("total").GetInt32(), entries.Count);
        Assert.All(entries, e =>
        {
            Assert.False(string.IsNullOrEmpty(e.Element(atom + "title")?.Value));
            Assert.StartsWith("http", e.Element(atom + "id")?.Value);
            Assert.NotNull(e.Element(atom + "updated"));
        });
    }

    private static async Task<int> FirstStoryIdAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/stories")).GetProperty("stories")[0].GetProperty("id").GetInt32();
}
