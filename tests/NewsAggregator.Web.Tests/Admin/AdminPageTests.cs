using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsAggregator.Core.Storage;

namespace NewsAggregator.Web.Tests.Admin;

[Collection(AdminTests.Name)]
public sealed class AdminPageTests(AdminFixture fixture)
{
    [Fact]
    public async Task AReindexStartedFromTheAdminPageCompletesAndKeepsStoryIds()
    {
        using var admin = await fixture.SignedInAsync(AdminFixture.AdminEmail);
        var before = await StoryMapAsync();

        var start = await AdminFixture.PostFormAsync(admin, "/Admin?handler=Start", [], "/Admin");
        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        JsonElement progress;
        var polls = 0;
        do
        {
            await Task.Delay(100);
            progress = JsonDocument.Parse(await admin.GetStringAsync("/Admin?handler=Progress")).RootElement;
        }
        while (progress.GetProperty("state").GetString() is "queued" or "running" && ++polls < 600);

        Assert.Equal("completed", progress.GetProperty("state").GetString());
        Assert.Equal(100, progress.GetProperty("percent").GetInt32());
        Assert.Equal(before.Count, progress.GetProperty("total").GetInt32());
        // Regrouping all at once may merge stories that were built one upload at a time; a story
        // whose articles are grouped exactly as before must keep its id (and so its address).
        var after = await StoryMapAsync();
        var unchanged = before.GroupBy(p => p.Value)
            .Select(g => (OldId: g.Key, Members: g.Select(p => p.Key).Order().ToList()))
            .Where(s => s.Members.Select(m => after[m]).Distinct().Count() == 1
                && after.Where(p => p.Value == after[s.Members[0]]).Select(p => p.Key).Order().SequenceEqual(s.Members))
            .ToList();
        Assert.NotEmpty(unchanged);
        Assert.All(unchanged, s => Assert.Equal(s.OldId, after[s.Members[0]]));
        Assert.Contains("100 %", await admin.GetStringAsync("/Admin"));
    }

    [Fact]
    public async Task AnUploadShowsOnTheCachedHomePageAtOnce()
    {
        using var reader = fixture.Anonymous();
        var before = await reader.GetStringAsync("/");
        Assert.DoesNotContain("Lighthouse keepers", before);
        using var editor = await fixture.SignedInAsync(AdminFixture.EditorEmail);

        await AdminFixture.UploadAsync(editor, ("keepers.txt",
            "Lighthouse keepers return to Fastnet Rock\n\nThe Irish lighthouse service said on Monday that keepers will again live on Fastnet Rock this winter while its lamp is rebuilt.\n"u8.ToArray()));

        Assert.Contains("Lighthouse keepers return to Fastnet Rock", await reader.GetStringAsync("/"));
    }

    [Fact]
    public async Task DeletingAnArticleFromTheHistoryUpdatesItsStoryAndAnEmptiedStoryDisappears()
    {
        using var editor = await fixture.SignedInAsync(AdminFixture.EditorEmail);
        var outcomes = AdminFixture.Outcomes(await AdminFixture.UploadAsync(editor, ("lonely.txt", AdminFixture.Article("zeppelin mooring mast"))));
        Assert.Equal("imported", outcomes["lonely.txt"].Status);
        int articleId, storyId;
        await using (var scope = fixture.App.Services.CreateAsyncScope())
        {
            var article = await scope.ServiceProvider.GetRequiredService<NewsDbContext>().Articles.OrderBy(a => a.Id).LastAsync();
            (articleId, storyId) = (article.Id, article.StoryId!.Value);
        }

        using var admin = await fixture.SignedInAsync(AdminFixture.AdminEmail);
        var delete = await AdminFixture.PostFormAsync(admin, "/Admin/History?handler=Delete", new() { ["articleId"] = $"{articleId}" }, "/Admin/History");

        Assert.Equal(HttpStatusCode.Redirect, delete.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/articles/{articleId}")).StatusCode);
        await using var check = fixture.App.Services.CreateAsyncScope();
        var db = check.ServiceProvider.GetRequiredService<NewsDbContext>();
        var story = await db.Stories.Include(s => s.Articles).SingleOrDefaultAsync(s => s.Id == storyId);
        Assert.True(story is null || (story.Articles.Count > 0 && story.ArticleCount == story.Articles.Count));
        Assert.Contains($"(article {articleId}, since deleted)", await admin.GetStringAsync("/Admin/History"));
    }

    private async Task<Dictionary<int, int?>> StoryMapAsync()
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<NewsDbContext>().Articles
            .ToDictionaryAsync(a => a.Id, a => a.StoryId);
    }
}
