using System.IO.Compression;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsAggregator.Core.Storage;

namespace NewsAggregator.Web.Tests.Admin;

[Collection(AdminTests.Name)]
public sealed class UploadTests(AdminFixture fixture)
{
    [Fact]
    public async Task EachFileGetsItsOwnOutcomeAndOnlyTheGoodOneIsStored()
    {
        using var client = await fixture.SignedInAsync(AdminFixture.EditorEmail);
        var good = AdminFixture.Article("bicycle lane");
        var sample = await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "samples", "000_52553ab48129d306.txt"));
        var before = await CountSourcesAsync();

        var html = await AdminFixture.UploadAsync(client,
            ("good.txt", good),
            ("again.txt", sample),
            ("empty.txt", []),
            ("binary.txt", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0xFF, 0x10, 0x00, 0x01]));
        var outcomes = AdminFixture.Outcomes(html);

        Assert.Equal("imported", outcomes["good.txt"].Status);
        Assert.Matches(@"imported into story \d+ as article \d+", outcomes["good.txt"].Text);
        Assert.Matches("""href="/stories/\d+">story""", html);
        Assert.Equal("duplicate", outcomes["again.txt"].Status);
        Assert.Matches(@"duplicate of article \d+", outcomes["again.txt"].Text);
        Assert.Equal(("rejected", "rejected: the file is empty"), outcomes["empty.txt"]);
        Assert.Equal("rejected", outcomes["binary.txt"].Status);
        Assert.Contains("binary", outcomes["binary.txt"].Text);
        Assert.Equal(before + 1, await CountSourcesAsync());
    }

    [Fact]
    public async Task AnUnsupportedTypeInvalidUtf8AndAnOversizeFileAreRefusedWhileTheOtherImports()
    {
        using var client = await fixture.SignedInAsync(AdminFixture.EditorEmail);
        var oversize = new byte[(10 * 1024 * 1024) + 1];
        Array.Fill(oversize, (byte)'a');
        var before = await CountSourcesAsync();

        var outcomes = AdminFixture.Outcomes(await AdminFixture.UploadAsync(client,
            ("notes.pdf", Encoding.UTF8.GetBytes("%PDF-1.4 not an article")),
            ("huge.txt", oversize),
            ("latin1.txt", [.. Encoding.ASCII.GetBytes("Caf"), 0xE9, .. Encoding.ASCII.GetBytes(" au lait, a headline\n\nA body line that goes on.")]),
            ("fine.txt", AdminFixture.Article("harbour dredging"))));

        Assert.Equal("rejected", outcomes["notes.pdf"].Status);
        Assert.Contains("unsupported file type '.pdf'", outcomes["notes.pdf"].Text);
        Assert.Equal("rejected", outcomes["huge.txt"].Status);
        Assert.Contains("over the 10 MB limit", outcomes["huge.txt"].Text);
        Assert.Equal("rejected", outcomes["latin1.txt"].Status);
        Assert.Contains("not valid UTF-8", outcomes["latin1.txt"].Text);
        Assert.Equal("imported", outcomes["fine.txt"].Status);
        Assert.Equal(before + 1, await CountSourcesAsync());
    }

    [Fact]
    public async Task FilesBeyondTheLimitAreRefusedOneByOneAndTheFirstOnesImport()
    {
        using var client = await fixture.SignedInAsync(AdminFixture.EditorEmail);
        var files = Enumerable.Range(0, AdminFixture.MaxFiles + 1)
            .Select(i => ($"many-{i}.txt", AdminFixture.Article($"library branch {i}"))).ToArray();
        var before = await CountSourcesAsync();

        var outcomes = AdminFixture.Outcomes(await AdminFixture.UploadAsync(client, files));

        Assert.All(files.Take(AdminFixture.MaxFiles), f => Assert.Equal("imported", outcomes[f.Item1].Status));
        var extra = outcomes[files[^1].Item1];
        Assert.Equal("rejected", extra.Status);
        Assert.Contains($"too many files in one upload (the limit is {AdminFixture.MaxFiles})", extra.Text);
        Assert.Equal(before + AdminFixture.MaxFiles, await CountSourcesAsync());
    }

    [Fact]
    public async Task AZipImportsItsArticlesAndRefusesNestedArchivesAndUnsafePaths()
    {
        using var client = await fixture.SignedInAsync(AdminFixture.EditorEmail);
        var zip = Zip(
            ("reports/first.txt", AdminFixture.Article("ferry timetable")),
            ("inner.zip", Zip(("x.txt", AdminFixture.Article("nested")))),
            ("../../x.txt", AdminFixture.Article("escape one")),
            ("/etc/x.txt", AdminFixture.Article("escape two")));
        var before = await CountSourcesAsync();

        var outcomes = AdminFixture.Outcomes(await AdminFixture.UploadAsync(client, ("bundle.zip", zip)));

        Assert.Equal("imported", outcomes["bundle.zip/reports/first.txt"].Status);
        Assert.Contains("zip archives inside zip archives", outcomes["bundle.zip/inner.zip"].Text);
        Assert.Contains("absolute or parent-folder", outcomes["bundle.zip/../../x.txt"].Text);
        Assert.Contains("absolute or parent-folder", outcomes["bundle.zip//etc/x.txt"].Text);
        Assert.Equal(before + 1, await CountSourcesAsync());
        await using var scope = fixture.App.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<NewsDbContext>().SourceFiles.OrderBy(s => s.Id).LastAsync();
        Assert.Equal("first.txt", stored.FileName);
    }

    [Fact]
    public async Task AZipBombIsRefusedWithoutBeingExpandedAndTheOtherFilesImport()
    {
        using var client = await fixture.SignedInAsync(AdminFixture.EditorEmail);

        // Twelve entries of 9.5 MB of spaces each: about 110 MB expanded, a few hundred KB zipped.
        var zeros = new byte[(int)(9.5 * 1024 * 1024)];
        Array.Fill(zeros, (byte)' ');
        var bomb = Zip([.. Enumerable.Range(0, 12).Select(i => ($"part{i}.txt", zeros))]);
        var oneBigEntry = Zip(("big.txt", new byte[11 * 1024 * 1024]));
        Assert.True(bomb.Length < 2 * 1024 * 1024);
        var before = await CountSourcesAsync();

        var outcomes = AdminFixture.Outcomes(await AdminFixture.UploadAsync(client,
            ("bomb.zip", bomb), ("big.zip", oneBigEntry), ("ok.txt", AdminFixture.Article("tram depot"))));

        Assert.Equal("rejected", outcomes["bomb.zip"].Status);
        Assert.Contains("would expand to", outcomes["bomb.zip"].Text);
        Assert.Equal("rejected", outcomes["big.zip/big.txt"].Status);
        Assert.Contains("expanded, over the 10 MB limit", outcomes["big.zip/big.txt"].Text);
        Assert.Equal("imported", outcomes["ok.txt"].Status);
        Assert.Equal(before + 1, await CountSourcesAsync());
    }

    [Fact]
    public async Task ADamagedZipIsRefusedClearly()
    {
        using var client = await fixture.SignedInAsync(AdminFixture.EditorEmail);

        var outcomes = AdminFixture.Outcomes(await AdminFixture.UploadAsync(client, ("broken.zip", Encoding.UTF8.GetBytes("PK this is not really a zip"))));

        Assert.Equal(("rejected", "rejected: not a valid zip archive"), outcomes["broken.zip"]);
    }

    [Fact]
    public async Task TheScriptHandlerAnswersWithJsonPerFile()
    {
        using var client = await fixture.SignedInAsync(AdminFixture.EditorEmail);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(await AdminFixture.TokenAsync(client, "/Upload")), "__RequestVerificationToken" },
            { new ByteArrayContent(AdminFixture.Article("snow clearing")), "files", "snow.txt" },
        };

        var response = await client.PostAsync("/Upload?handler=One", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var result = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal("snow.txt", result.GetProperty("name").GetString());
        Assert.Equal("imported", result.GetProperty("status").GetString());
        Assert.True(result.GetProperty("storyId").GetInt32() > 0);
    }

    [Fact]
    public async Task UploadsAreRecordedInTheHistoryWithTheUserName()
    {
        using var editor = await fixture.SignedInAsync(AdminFixture.EditorEmail);
        await AdminFixture.UploadAsync(editor, ("history-check.txt", AdminFixture.Article("museum roof")), ("history-bad.pdf", [1, 2, 3]));
        using var admin = await fixture.SignedInAsync(AdminFixture.AdminEmail);

        var html = await admin.GetStringAsync("/Admin/History");

        Assert.Matches(@"editor@example.org</td>\s*<td>history-check.txt</td>", html);
        Assert.Matches(@"editor@example.org</td>\s*<td>history-bad.pdf</td>\s*<td>3 bytes</td>\s*<td class=""outcome-rejected"">", html);
    }

    internal static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var stream = archive.CreateEntry(name, CompressionLevel.Optimal).Open();
                stream.Write(content);
            }
        }

        return buffer.ToArray();
    }

    private async Task<int> CountSourcesAsync()
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<NewsDbContext>().SourceFiles.CountAsync();
    }
}
