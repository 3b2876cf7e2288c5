using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace NewsAggregator.Web.Tests;

/// <summary>
/// The story page renders whatever comparison is stored for the story (computed on an earlier read
/// or by the background fill).
/// Uses its own store and replaces the stored comparison by a hand-written one in the engine's
/// JSON shape, so the page's rendering is checked apart from what the engine finds.
/// </summary>
public sealed partial class StoredComparisonTests : IDisposable
{
    private readonly NewsAppFactory _factory = new();

    [Fact]
    public async Task StoryPageShowsStoredFiguresQuotesAndCoverage()
    {
        // The test writes the comparison behind the app's back, so the page cache must not answer for it.
        using var client = _factory.WithWebHostBuilder(b => b.UseSetting("Reading:CacheSeconds", "0")).CreateClient();
        var home = await client.GetStringAsync("/");
        var storyId = int.Parse(StoryLink().Match(home).Groups[1].Value);
        var articleId = int.Parse(ArticleLink().Match(await client.GetStringAsync($"/stories/{storyId}")).Groups[1].Value);
        await StoreComparisonAsync(storyId, ComparisonJson(articleId));

        var html = await client.GetStringAsync($"/stories/{storyId}");

        Assert.DoesNotContain("not been computed yet", html);
        Assert.Contains("North Korean troops", html);
        Assert.Contains("as many as <strong>12,000</strong>", html);
        Assert.Contains("an estimated <strong>10,000</strong>", html);
        Assert.Contains("The missiles will speak for themselves", html);
        Assert.Contains("Different wording", html);
        Assert.Contains("50% shared", html);
        Assert.Contains("near copy of", html);
        Assert.Contains("Volodymyr Zelenskyy", html);
        Assert.Contains("Only this report says this.", html);
        Assert.Contains("A summary sentence &lt;b&gt;escaped&lt;/b&gt;.", html);
    }

    private async Task StoreComparisonAsync(int storyId, string json)
    {
        await using var connection = new SqliteConnection($"Data Source={_factory.DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText =
            """
            INSERT OR REPLACE INTO StoryComparisons (StoryId, Json, ComputedUtc) VALUES ($story, $json, '2026-11-01 00:00:00');
            """;
        command.Parameters.AddWithValue("$story", storyId);
        command.Parameters.AddWithValue("$json", json);
        await command.ExecuteNonQueryAsync();
    }

    private static string ComparisonJson(int a) =>
        $$"""
        {
          "Articles": [{ "ArticleId": {{a}}, "Label": "First", "SentenceCount": 12 }],
          "Figures": [{
            "Counted": "troops", "Modifier": "North Korean", "Context": ["deployed"], "Disagrees": true,
            "Values": [
              { "Value": 12000, "Display": "12,000", "Hedges": ["as many as"], "ArticleIds": [{{a}}],
                "Mentions": [{ "ArticleId": {{a}}, "Phrase": "as many as 12,000 North Korean troops", "Sentence": "..." }] },
              { "Value": 10000, "Display": "10,000", "Hedges": ["an estimated"], "ArticleIds": [{{a}}],
                "Mentions": [{ "ArticleId": {{a}}, "Phrase": "an estimated 10,000 troops", "Sentence": "..." }] }
            ]
          }],
          "Quotes": [{
            "Speaker": "Volodymyr Zelenskyy", "ArticleIds": [{{a}}],
            "Variants": [
              { "Text": "The missiles will speak for themselves", "Kind": "Main", "ArticleIds": [{{a}}] },
              { "Text": "The missiles will do the talking", "Kind": "Paraphrase", "ArticleIds": [{{a}}] }
            ]
          }],
          "Coverage": [{ "ArticleId": {{a}}, "SentenceCount": 12, "SharedSentenceShare": 0.5, "SharedWordShare": 0.5,
                         "ClosestArticleId": null, "ClosestShare": 0, "UniqueSentences": ["Only this report says this."] },
                       { "ArticleId": 999999, "SentenceCount": 10, "SharedSentenceShare": 0.9, "SharedWordShare": 0.9,
                         "ClosestArticleId": {{a}}, "ClosestShare": 0.9, "UniqueSentences": [] }],
          "Summary": [{ "Text": "A summary sentence <b>escaped</b>.", "ArticleId": {{a}}, "SupportingArticleIds": [{{a}}] }]
        }
        """;

    public void Dispose() => _factory.Dispose();

    [GeneratedRegex("""href="/stories/(\d+)""")]
    private static partial Regex StoryLink();

    [GeneratedRegex("""href="/articles/(\d+)">""")]
    private static partial Regex ArticleLink();
}
