using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using NewsAggregator.Core.Clustering;
using NewsAggregator.Core.Ingestion;
using NewsAggregator.Core.Storage;
using NewsAggregator.Core.Tests.Support;

namespace NewsAggregator.Core.Tests.Ingestion;

public class ArticleImporterTests
{
    [Fact]
    public async Task ImportsTheSamplesIntoOneStoryAndKeepsEachOriginal()
    {
        await using var store = await TestStore.CreateAsync();
        await using var db = store.NewContext();
        var samples = TestStore.Samples();

        var outcomes = await TestStore.NewImporter(db).ImportAsync(samples);

        Assert.All(outcomes, o => Assert.Equal(ImportStatus.Imported, o.Status));
        Assert.Single(outcomes.Select(o => o.StoryId).Distinct());
        await using var check = store.NewContext();
        var sources = await check.SourceFiles.OrderBy(s => s.FileName).ToListAsync();
        Assert.Equal(samples.Select(s => s.FileName), sources.Select(s => s.FileName));
        foreach (var (sample, source) in samples.Zip(sources))
        {
            Assert.Equal(sample.Content, source.Content);
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(sample.Content)), source.Sha256);
        }

        var story = await check.Stories.SingleAsync();
        Assert.Equal(5, story.ArticleCount);
        Assert.False(string.IsNullOrWhiteSpace(story.Headline));
    }

    [Fact]
    public async Task AWarmedUpImporterJoinsTheStoriesAlreadyStored()
    {
        await using var store = await TestStore.CreateAsync();
        var samples = TestStore.Samples();
        int storyId;
        await using (var first = store.NewContext())
        {
            storyId = (await TestStore.NewImporter(first).ImportAsync(samples.Take(3).ToList()))[0].StoryId!.Value;
        }

        // A new importer with an empty index, as a fresh process has: warming up loads the stored story.
        await using var db = store.NewContext();
        var importer = TestStore.NewImporter(db);
        await importer.WarmUpAsync();
        var outcomes = await importer.ImportAsync(samples);

        Assert.Equal([ImportStatus.Duplicate, ImportStatus.Duplicate, ImportStatus.Duplicate, ImportStatus.Imported, ImportStatus.Imported], outcomes.Select(o => o.Status));
        Assert.All(outcomes.Skip(3), o => Assert.Equal(storyId, o.StoryId));
        Assert.Equal(5, (await db.Stories.AsNoTracking().SingleAsync()).ArticleCount);
    }

    [Fact]
    public async Task ArticlesImportedAfterTheNewestWasRemovedGetFreshIdsAndTheirOwnStoriesAndSearchRows()
    {
        await using var store = await TestStore.CreateAsync();
        await using var db = store.NewContext();
        var samples = TestStore.Samples();
        var first = await TestStore.NewImporter(db).ImportAsync([.. samples.Take(3)]);
        Assert.True(await new ArticleRemover(db, TimeProvider.System).RemoveAsync(first[^1].ArticleId!.Value));
        db.ChangeTracker.Clear();

        var outcomes = await TestStore.NewImporter(db).ImportAsync([.. samples.Skip(3)]);

        // The removed article's id is never handed out again.
        Assert.Equal(
            Enumerable.Range(first[^1].ArticleId!.Value + 1, outcomes.Count),
            outcomes.Select(o => o.ArticleId!.Value));
        await using var check = store.NewContext();
        foreach (var outcome in outcomes)
        {
            var article = await check.Articles.Include(a => a.Source).SingleAsync(a => a.Id == outcome.ArticleId);
            Assert.Equal(outcome.FileName, article.Source.FileName);
            Assert.Equal(outcome.StoryId, article.StoryId);
            var searchRows = await check.Database
                .SqlQuery<string>($"SELECT Title AS Value FROM ArticleSearch WHERE rowid = {outcome.ArticleId}")
                .ToListAsync();
            Assert.Equal([article.Title], searchRows);
        }
    }

    [Fact]
    public async Task SameBytesAgainAreADuplicateAndAddNothing()
    {
        await using var store = await TestStore.CreateAsync();
        var sample = TestStore.Samples()[0];
        await using (var db = store.NewContext())
        {
            await TestStore.NewImporter(db).ImportAsync(sample);
        }

        await using var again = store.NewContext();
        var renamed = sample with { FileName = "renamed-copy.txt" };
        var outcome = await TestStore.NewImporter(again).ImportAsync(renamed);

        Assert.Equal(ImportStatus.Duplicate, outcome.Status);
        Assert.NotNull(outcome.ArticleId);
        Assert.Equal($"duplicate renamed-copy.txt of article {outcome.ArticleId}", outcome.ToString());
        Assert.Equal(1, await again.Articles.CountAsync());
        Assert.Equal(1, await again.SourceFiles.CountAsync());
    }

    [Fact]
    public async Task TwoCopiesInOneBatchStoreOnce()
    {
        await using var store = await TestStore.CreateAsync();
        await using var db = store.NewContext();
        var sample = TestStore.Samples()[1];

        var outcomes = await TestStore.NewImporter(db).ImportAsync([sample, sample with { FileName = "copy.txt" }]);

        Assert.Equal(ImportStatus.Imported, outcomes[0].Status);
        Assert.Equal(ImportStatus.Duplicate, outcomes[1].Status);
        Assert.Equal(outcomes[0].ArticleId, outcomes[1].ArticleId);
        Assert.Equal(1, await db.Articles.CountAsync());
    }

    [Fact]
    public async Task BadFilesAreRejectedWithAReasonAndTheRestOfTheBatchLands()
    {
        await using var store = await TestStore.CreateAsync();
        await using var db = store.NewContext();
        ImportFile[] files =
        [
            new("empty.txt", []),
            new("binary.txt", [0x00, 0x01, 0x02, 0xFF, 0x00]),
            new("latin1.txt", Encoding.Latin1.GetBytes("Caf\u00e9 owners say prices rose")),
            new("slides.pdf", "%PDF-1.7"u8.ToArray()),
            TestStore.Samples()[2],
        ];

        var outcomes = await TestStore.NewImporter(db).ImportAsync(files);

        Assert.Equal([ImportStatus.Rejected, ImportStatus.Rejected, ImportStatus.Rejected, ImportStatus.Rejected, ImportStatus.Imported],
            outcomes.Select(o => o.Status));
        Assert.Contains("empty", outcomes[0].Reason);
        Assert.Contains("binary", outcomes[1].Reason);
        Assert.Contains("UTF-8", outcomes[2].Reason);
        Assert.Contains("unsupported file type '.pdf'", outcomes[3].Reason);
        Assert.Equal(1, await db.SourceFiles.CountAsync());
    }

    [Fact]
    public async Task APreparedBatchStoresWithTheOutcomesOfAPlainImport()
    {
        ImportFile[] files = [.. TestStore.Samples(), new("empty.txt", []), TestStore.Samples()[0] with { FileName = "copy.txt" }];
        await using var plainStore = await TestStore.CreateAsync();
        await using var plainDb = plainStore.NewContext();
        var plain = await TestStore.NewImporter(plainDb).ImportAsync(files);

        await using var store = await TestStore.CreateAsync();
        await using var db = store.NewContext();
        var importer = TestStore.NewImporter(db);
        var prepared = await importer.ImportAsync(importer.Prepare(files));

        Assert.Equal(plain.Select(o => o.ToString()), prepared.Select(o => o.ToString()));
    }

    [Fact]
    public async Task ABatchRecordedForSomeoneWritesEachOutcomeToTheHistory()
    {
        await using var store = await TestStore.CreateAsync();
        await using var db = store.NewContext();
        var importer = TestStore.NewImporter(db);
        ImportFile[] files = [.. TestStore.Samples(), new("empty.txt", []), TestStore.Samples()[0] with { FileName = "copy.txt" }];

        var outcomes = await importer.ImportAsync(importer.Prepare(files), recordAs: "ana");
        // Nothing new in the second batch: its outcomes are recorded all the same.
        var again = await importer.ImportAsync(importer.Prepare(files[..2]), recordAs: "ana");

        var records = await db.ImportRecords.AsNoTracking().OrderBy(r => r.Id).ToListAsync();
        Assert.Equal(
            outcomes.Concat(again).Zip(files.Concat(files[..2])).Select(p => (p.First.FileName, p.First.Status, p.First.ArticleId, p.First.StoryId, p.First.Reason, (long)p.Second.Content.Length, "ana")),
            records.Select(r => (r.FileName, r.Status, r.ArticleId, r.StoryId, r.Reason, r.Length, r.UserName)));
        Assert.All(again, o => Assert.Equal(ImportStatus.Duplicate, o.Status));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ABatchInTheCallersTransactionIsKeptOrLostWithIt(bool commit)
    {
        await using var store = await TestStore.CreateAsync();
        var index = new StoryIndex(); // the app keeps one for its lifetime
        await using (var db = store.NewContext())
        {
            var importer = TestStore.NewImporter(db, index: index);
            await using var transaction = await db.Database.BeginTransactionAsync();

            var outcomes = await importer.ImportAsync(TestStore.Samples());
            Assert.All(outcomes, o => Assert.Equal(ImportStatus.Imported, o.Status));
            if (commit)
            {
                await transaction.CommitAsync();
            }
        }

        // A rolled-back batch leaves nothing, and the index that placed it notices before the next import.
        await using var check = store.NewContext();
        Assert.Equal(commit ? 5 : 0, await check.Articles.CountAsync());
        Assert.Equal(commit ? 1 : 0, await check.Stories.CountAsync());
        var again = await TestStore.NewImporter(check, index: index).ImportAsync([.. TestStore.Samples().Select(f => f with { FileName = "again-" + f.FileName, Content = [.. f.Content, (byte)'\n'] })]);
        Assert.All(again, o => Assert.Equal(ImportStatus.Imported, o.Status));
        Assert.Equal(1, await check.Stories.CountAsync());
        Assert.Equal(commit ? 10 : 5, await check.Articles.Where(a => a.StoryId == again[0].StoryId).CountAsync());
    }

    [Fact]
    public async Task ABatchPreparedBeforeAnEarlierOneIsStoredStillFindsItsDuplicates()
    {
        await using var store = await TestStore.CreateAsync();
        await using var db = store.NewContext();
        var importer = TestStore.NewImporter(db);
        var sample = TestStore.Samples()[3];

        // The verb prepares the next batch while the current one is being stored.
        var first = importer.Prepare([sample]);
        var second = importer.Prepare([sample with { FileName = "again.txt" }]);
        var stored = await importer.ImportAsync(first);
        var outcomes = await importer.ImportAsync(second);

        Assert.Equal(ImportStatus.Duplicate, outcomes[0].Status);
        Assert.Equal(stored[0].ArticleId, outcomes[0].ArticleId);
        Assert.Equal(1, await db.Articles.CountAsync());
    }
}
