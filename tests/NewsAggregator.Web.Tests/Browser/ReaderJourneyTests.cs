namespace NewsAggregator.Web.Tests.Browser;

[Collection(BrowserTests.Name)]
public sealed class ReaderJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task ReaderGoesFromHomeToStoryToArticle()
    {
        var page = await browser.NewPageAsync();

        await page.GotoAsync("/");
        await page.Locator(".story-card a").First.ClickAsync();
        await page.WaitForURLAsync("**/stories/*");
        Assert.Equal(5, await page.Locator(".report").CountAsync());
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsFolder, "story.png"), FullPage = true });

        await page.Locator(".report a").First.ClickAsync();
        await page.WaitForURLAsync("**/articles/*");
        Assert.True(await page.Locator("article.reading p").CountAsync() > 3);
        Assert.Equal(0, await page.GetByText("Leave a Reply").CountAsync());
    }
}
