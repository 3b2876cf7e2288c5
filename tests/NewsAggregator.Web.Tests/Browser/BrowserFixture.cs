using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace NewsAggregator.Web.Tests.Browser;

/// <summary>
/// The real app on Kestrel (a real port on loopback) over its own SQLite file, and Debian's
/// Chromium driven by Playwright. Playwright never downloads a browser here: it launches
/// /usr/bin/chromium (override with NEWS_CHROMIUM).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public NewsAppFactory App { get; } = new();

    public IBrowser Browser { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Where tests leave screenshots for review.</summary>
    public static string ArtifactsFolder { get; } = Path.Combine(AppContext.BaseDirectory, "browser-artifacts");

    public async Task InitializeAsync()
    {
        App.UseKestrel(0);
        App.StartServer();
        BaseAddress = App.ClientOptions.BaseAddress;
        Directory.CreateDirectory(ArtifactsFolder);

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("NEWS_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic",
            ],
        });
    }

    /// <summary>Opens a page once its document is parsed, without waiting for every image and script.</summary>
    public static PageGotoOptions OnDomReady => new() { WaitUntil = WaitUntilState.DOMContentLoaded };

    /// <summary>
    /// Waits until the page's URL ends with <paramref name="pathAndQuery"/> (a regular expression)
    /// and the new document is parsed to its footer. This polls the URL and the DOM rather than
    /// waiting for the browser's load events: after a sign-in redirect the Playwright client
    /// sometimes never saw the "load" event of a page that had long finished loading, and
    /// WaitForURL then waited out its whole timeout.
    /// </summary>
    public static async Task ArrivesAtAsync(IPage page, string pathAndQuery)
    {
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(pathAndQuery + "$"), new() { Timeout = 90_000 });
        await page.Locator("footer.site-footer").WaitForAsync(new() { State = WaitForSelectorState.Attached });
    }

    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseAddress.ToString() });
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await App.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserTests : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
