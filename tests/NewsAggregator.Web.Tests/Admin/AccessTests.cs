using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsAggregator.Core.Storage;
using NewsAggregator.Web.Accounts;

namespace NewsAggregator.Web.Tests.Admin;

[Collection(AdminTests.Name)]
public sealed partial class AccessTests(AdminFixture fixture)
{
    [Theory]
    [InlineData("/Admin")]
    [InlineData("/Admin/History")]
    [InlineData("/Admin/Users")]
    [InlineData("/Upload")]
    public async Task AnonymousVisitorsAreSentToSignIn(string url)
    {
        using var client = fixture.Anonymous();

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login?ReturnUrl=", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAnonymousUploadIsRefusedAndStoresNothing()
    {
        using var client = fixture.Anonymous();
        var before = await CountSourcesAsync();
        using var form = new MultipartFormDataContent { { new ByteArrayContent(AdminFixture.Article("anonymous")), "files", "anon.txt" } };

        var response = await client.PostAsync("/Upload", form);

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(before, await CountSourcesAsync());
    }

    [Fact]
    public async Task APostWithoutTheAntiforgeryTokenIsABadRequest()
    {
        using var editor = await fixture.SignedInAsync(AdminFixture.EditorEmail);
        using var form = new MultipartFormDataContent { { new ByteArrayContent(AdminFixture.Article("forged")), "files", "forged.txt" } };
        var before = await CountSourcesAsync();

        var upload = await editor.PostAsync("/Upload", form);
        using var anonymous = fixture.Anonymous();
        var signIn = await anonymous.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = AdminFixture.AdminEmail,
            ["Input.Password"] = AdminFixture.Password,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, upload.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, signIn.StatusCode);
        Assert.Equal(before, await CountSourcesAsync());
    }

    [Fact]
    public async Task AnEditorCanUploadButCannotReachTheAdminPages()
    {
        using var editor = await fixture.SignedInAsync(AdminFixture.EditorEmail);

        var upload = await editor.GetAsync("/Upload");
        var admin = await editor.GetAsync("/Admin");
        var start = await AdminFixture.PostFormAsync(editor, "/Admin?handler=Start", [], pageUrl: "/Upload");

        Assert.Equal(HttpStatusCode.OK, upload.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, admin.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", admin.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", start.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne()
    {
        const string email = "careless@example.org";
        await fixture.CreateUserAsync(email, Roles.Editor);
        using var client = fixture.Anonymous();

        for (var i = 0; i < 5; i++)
        {
            var wrong = await AdminFixture.PostFormAsync(client, "/Account/Login", new() { ["Input.Email"] = email, ["Input.Password"] = "not the password at all" });
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        var right = await AdminFixture.PostFormAsync(client, "/Account/Login", new() { ["Input.Email"] = email, ["Input.Password"] = AdminFixture.Password });

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("locked", await right.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task SignInAttemptsAreRateLimitedPerClient()
    {
        // The base app keeps the default limit of 10 sign-in posts a minute.
        using var client = fixture.Base.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 11; i++)
        {
            var response = await AdminFixture.PostFormAsync(client, "/Account/Login",
                new() { ["Input.Email"] = $"nobody{i}@example.org", ["Input.Password"] = "whatever it is" });
            statuses.Add(response.StatusCode);
        }

        Assert.All(statuses.Take(10), s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }

    [Fact]
    public async Task ASetupLinkCreatesTheAccountOnceAndThenStopsWorking()
    {
        var token = fixture.App.Services.GetRequiredService<AccountInvitations>().Create(Roles.Admin, email: null);
        using var client = fixture.Anonymous();
        var url = $"/Account/Setup?token={token}";
        var fields = new Dictionary<string, string>
        {
            ["Token"] = token,
            ["Input.Email"] = "first-admin@example.org",
            ["Input.Password"] = "a long enough passphrase",
            ["Input.ConfirmPassword"] = "a long enough passphrase",
        };

        var tooShort = await AdminFixture.PostFormAsync(client, url, new(fields) { ["Input.Password"] = "short", ["Input.ConfirmPassword"] = "short" });
        var created = await AdminFixture.PostFormAsync(client, url, new(fields));
        var admin = await client.GetAsync("/Admin");
        using var other = fixture.Anonymous();
        var reused = await other.GetStringAsync(url);
        var forged = await other.GetStringAsync("/Account/Setup?token=not-a-real-token");

        Assert.Contains("at least 12 characters", await tooShort.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal("/Admin", created.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
        Assert.Contains("This link is not valid", reused);
        Assert.Contains("This link is not valid", forged);
    }

    [Fact]
    public async Task AnAdminInvitesAnEditorWhoChoosesTheirOwnPasswordAndCanBeRemoved()
    {
        using var admin = await fixture.SignedInAsync(AdminFixture.AdminEmail);

        var invited = await AdminFixture.PostFormAsync(admin, "/Admin/Users?handler=Invite", new() { ["InviteEmail"] = "new-editor@example.org" }, "/Admin/Users");
        var link = InvitationLink().Match(await invited.Content.ReadAsStringAsync()).Groups[1].Value;
        using var newcomer = fixture.Anonymous();
        var setUp = await AdminFixture.PostFormAsync(newcomer, link, new()
        {
            ["Token"] = link.Split("token=")[1],
            ["Input.Email"] = "new-editor@example.org",
            ["Input.Password"] = "my own secret phrase",
            ["Input.ConfirmPassword"] = "my own secret phrase",
        });
        var upload = await newcomer.GetAsync("/Upload");
        var users = await admin.GetStringAsync("/Admin/Users");
        var id = UserRow().Match(users).Groups[1].Value;
        var removed = await AdminFixture.PostFormAsync(admin, "/Admin/Users?handler=Remove", new() { ["id"] = id }, "/Admin/Users");

        Assert.Equal(HttpStatusCode.Redirect, setUp.StatusCode);
        Assert.Equal(HttpStatusCode.OK, upload.StatusCode);
        Assert.Contains("new-editor@example.org</td>\n                <td>Editor</td>", users.ReplaceLineEndings("\n"));
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.DoesNotContain("new-editor@example.org", await admin.GetStringAsync("/Admin/Users"));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/Account/Login")]
    [InlineData("/no-such-page")]
    public async Task EveryResponseCarriesTheSecurityHeaders(string url)
    {
        using var client = fixture.Anonymous();

        var response = await client.GetAsync(url);

        var csp = string.Join(" ", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Single(response.Headers.GetValues("Referrer-Policy"));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/Upload")]
    [InlineData("/Admin")]
    [InlineData("/Admin/History")]
    [InlineData("/Admin/Users")]
    [InlineData("/Account/Login")]
    public async Task PagesHaveNoInlineScriptOrStyleThePolicyWouldBlock(string url)
    {
        using var admin = await fixture.SignedInAsync(AdminFixture.AdminEmail);

        var html = await admin.GetStringAsync(url);

        Assert.DoesNotMatch(InlineScript(), html);
        Assert.DoesNotMatch(InlineStyle(), html);
        Assert.DoesNotContain("<style", html, StringComparison.OrdinalIgnoreCase);
    }

    private async Task<int> CountSourcesAsync()
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<NewsDbContext>().SourceFiles.CountAsync();
    }

    [GeneratedRegex("""<code class="invitation-link">https?://[^/]+([^<]+)</code>""")]
    private static partial Regex InvitationLink();

    [GeneratedRegex("""new-editor@example.org</td>.*?name="id" value="([^"]+)""", RegexOptions.Singleline)]
    private static partial Regex UserRow();

    [GeneratedRegex("""<script(?![^>]*\bsrc=)[^>]*>""", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex("""\s(style|on[a-z]+)\s*=""", RegexOptions.IgnoreCase)]
    private static partial Regex InlineStyle();
}

public sealed class UploadOptionsTests
{
    [Fact]
    public void InconsistentUploadLimitsStopTheAppAtStart()
    {
        using var factory = new NewsAppFactory();
        using var broken = factory.WithWebHostBuilder(b =>
        {
            b.UseSetting("Upload:MaxFileBytes", "1000");
            b.UseSetting("Upload:MaxRequestBytes", "10");
        });

        var error = Assert.ThrowsAny<Exception>(() => broken.CreateClient());

        Assert.Contains("MaxRequestBytes", error.ToString());
    }
}
