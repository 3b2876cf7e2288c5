using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using NewsAggregator.Web.Accounts;
using NewsAggregator.Web.Tests.Browser;

namespace NewsAggregator.Web.Tests.Admin;

[Collection(BrowserTests.Name)]
public sealed class AdminJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task AdminSignsInUploadsTwoFilesAndWatchesAReindexReachTheEnd()
    {
        const string email = "journey-admin@example.org";
        const string password = "journey admin passphrase";
        await using (var scope = browser.App.Services.CreateAsyncScope())
        {
            Assert.Empty(await scope.ServiceProvider.GetRequiredService<AdminAccounts>().SetUpAsync(email, password, Roles.Admin));
        }

        var page = await browser.NewPageAsync();

        // The full suite runs test collections side by side on two cores: allow for a slow machine.
        page.SetDefaultTimeout(90_000);
        var scriptErrors = new List<string>();
        page.Console += (_, message) =>
        {
            // Console errors include CSP refusals; the site's missing favicon is not this test's concern.
            if (message.Type == "error" && !message.Location.Contains("favicon", StringComparison.Ordinal))
            {
                scriptErrors.Add($"{message.Text} {message.Location}");
            }
        };

        page.PageError += (_, error) => scriptErrors.Add(error);

        await page.GotoAsync("/Upload", BrowserFixture.OnDomReady);
        await BrowserFixture.ArrivesAtAsync(page, @"/Account/Login\?ReturnUrl=%2FUpload");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await BrowserFixture.ArrivesAtAsync(page, "/Upload");

        await page.Locator("#files").SetInputFilesAsync(
        [
            new FilePayload { Name = "browser-one.txt", MimeType = "text/plain", Buffer = AdminFixture.Article("river ferry fares") },
            new FilePayload { Name = "browser-two.pdf", MimeType = "application/pdf", Buffer = [0x25, 0x50, 0x44, 0x46] },
        ]);
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload" }).ClickAsync();

        var imported = page.Locator(".outcome-imported", new() { HasText = "browser-one.txt" });
        var rejected = page.Locator(".outcome-rejected", new() { HasText = "browser-two.pdf" });
        await imported.WaitForAsync();
        await rejected.WaitForAsync();
        Assert.Contains("imported into story", await imported.InnerTextAsync());
        Assert.Contains("unsupported file type", await rejected.InnerTextAsync());
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsFolder, "upload.png"), FullPage = true });

        await page.GotoAsync("/Admin", BrowserFixture.OnDomReady);
        await page.GetByRole(AriaRole.Button, new() { Name = "Start re-index" }).ClickAsync();
        await page.Locator("#reindex-status[data-state='completed']").WaitForAsync();
        Assert.Equal("100", await page.Locator("#reindex-bar").EvaluateAsync<string>("b => String(b.value)"));
        Assert.StartsWith("100 %", await page.Locator("#reindex-text").InnerTextAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsFolder, "reindex.png"), FullPage = true });
        Assert.True(scriptErrors.Count == 0, string.Join("\n", scriptErrors));
    }
}
