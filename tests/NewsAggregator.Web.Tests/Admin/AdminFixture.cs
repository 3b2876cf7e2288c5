using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using NewsAggregator.Web.Accounts;

namespace NewsAggregator.Web.Tests.Admin;

/// <summary>
/// The real app over its own store, with an admin and an editor account. Sign-in rate limiting is
/// raised here so tests can sign in freely (the limit itself is tested on <see cref="Base"/>), and
/// MaxFiles is lowered so the "too many files" case stays small.
/// </summary>
public sealed partial class AdminFixture : IAsyncLifetime
{
    public const string Password = "correct horse battery staple";
    public const string AdminEmail = "admin@example.org";
    public const string EditorEmail = "editor@example.org";
    public const int MaxFiles = 4;

    public NewsAppFactory Base { get; } = new();

    public WebApplicationFactory<Program> App { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        App = Base.WithWebHostBuilder(b =>
        {
            b.UseSetting("Security:SignInPostsPerMinute", "100000");
            b.UseSetting("Upload:MaxFiles", MaxFiles.ToString(System.Globalization.CultureInfo.InvariantCulture));
        });
        await CreateUserAsync(AdminEmail, Roles.Admin);
        await CreateUserAsync(EditorEmail, Roles.Editor);
    }

    public async Task CreateUserAsync(string email, string role)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var problems = await scope.ServiceProvider.GetRequiredService<AdminAccounts>().SetUpAsync(email, Password, role);
        Assert.Empty(problems);
    }

    public HttpClient Anonymous() => App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public async Task<HttpClient> SignedInAsync(string email)
    {
        var client = Anonymous();
        var response = await PostFormAsync(client, "/Account/Login", new() { ["Input.Email"] = email, ["Input.Password"] = Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>Posts a form the way a browser does: with the antiforgery token from the page's own form.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string url, Dictionary<string, string> fields, string? pageUrl = null)
    {
        var token = await TokenAsync(client, pageUrl ?? url);
        fields["__RequestVerificationToken"] = token;
        return await client.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    public static async Task<string> TokenAsync(HttpClient client, string pageUrl)
    {
        var html = await client.GetStringAsync(pageUrl);
        return Token().Match(html).Groups[1].Value;
    }

    /// <summary>Uploads files through the plain (no script) form and returns the page.</summary>
    public static async Task<string> UploadAsync(HttpClient client, params (string Name, byte[] Content)[] files)
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent(await TokenAsync(client, "/Upload")), "__RequestVerificationToken" },
        };
        foreach (var (name, content) in files)
        {
            var part = new ByteArrayContent(content);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(part, "files", name);
        }

        var response = await client.PostAsync("/Upload", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The outcome lines of an upload page: name → (status, rest of the line as text).</summary>
    public static Dictionary<string, (string Status, string Text)> Outcomes(string html) =>
        OutcomeLine().Matches(html).ToDictionary(
            m => WebUtility.HtmlDecode(m.Groups[2].Value),
            m => (m.Groups[1].Value, WebUtility.HtmlDecode(Tags().Replace(m.Groups[3].Value, "")).Trim()));

    /// <summary>A plausible, unique news report as a UTF-8 text file.</summary>
    public static byte[] Article(string topic)
    {
        var text = new StringBuilder();
        text.Append($"Council approves new {topic} plan after long debate\n\nBy Staff Reporter\n\n");
        for (var i = 0; i < 5; i++)
        {
            text.Append($"The city council voted on the {topic} proposal on Tuesday, paragraph {i}, after residents spoke for hours about costs, ");
            text.Append($"schedules and the effect of the {topic} changes on local businesses and schools across the district.\n\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await Base.DisposeAsync();
    }

    [GeneratedRegex("""__RequestVerificationToken" type="hidden" value="([^"]+)""")]
    private static partial Regex Token();

    [GeneratedRegex("""<li class="outcome outcome-(\w+)">\s*<span class="outcome-name">([^<]*)</span>(.*?)</li>""", RegexOptions.Singleline)]
    private static partial Regex OutcomeLine();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}

[CollectionDefinition(Name)]
public sealed class AdminTests : ICollectionFixture<AdminFixture>
{
    public const string Name = "Admin";
}
