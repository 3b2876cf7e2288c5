using Microsoft.EntityFrameworkCore;
using NewsAggregator.Core.Ingestion;
using NewsAggregator.Core.Storage;
using NewsAggregator.Core.Tests.Support;

namespace NewsAggregator.Core.Tests.Storage;

public class ArticleWriterTests
{
    [Fact]
    public async Task StoresTheSameColumnValuesAsSaveChanges()
    {
        await using var store = await TestStore.CreateAsync();
        await using var db = store.NewContext();
        db.Articles.Add(NewArticle("saved"));
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        var written = NewArticle("written");
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await ArticleWriter.InsertAsync(db, [written]);
            await transaction.CommitAsync();
        }

        var articles = await RowsAsync(db, "SELECT Title, TitleDerived, Byline, Outlet, Contributors, PublishedUtc, Url, Language, Deck, ParsedUtc, StoryId FROM Articles ORDER BY Id");
        var sources = await RowsAsync(db, "SELECT FileName, Length, hex(Content), ReceivedUtc FROM SourceFiles ORDER BY Id");
        var blocks = await RowsAsync(db, "SELECT b.Ordinal, b.Kind, b.Text FROM ArticleBlocks b JOIN Articles a ON a.Id = b.ArticleId ORDER BY a.Id, b.Ordinal");
        Assert.Equal(2, articles.Count);
        Assert.Equal(articles[0], articles[1]);
        Assert.Equal(sources[0], sources[1]);
        Assert.Equal(blocks[..2], blocks[2..]);
        Assert.NotEqual(0, written.Id);
        Assert.Equal(written.Source.Id, written.SourceFileId);
        Assert.All(written.Blocks, b => Assert.Equal(written.Id, b.ArticleId));
        var read = await db.Articles.AsNoTracking().Include(a => a.Blocks).SingleAsync(a => a.Id == written.Id);
        Assert.Equal(written.PublishedUtc, read.PublishedUtc);
        Assert.Equal([BlockKind.Subheading, BlockKind.Quote], read.Blocks.OrderBy(b => b.Ordinal).Select(b => b.Kind));
        Assert.Equal(read.Blocks.OrderBy(b => b.Ordinal).Select(b => b.Id), written.Blocks.OrderBy(b => b.Ordinal).Select(b => b.Id));
    }

    [Fact]
    public async Task ManyArticlesAndBlocksSpanningSeveralStatementsGetTheIdsAndValuesSaveChangesGives()
    {
        await using var store = await TestStore.CreateAsync();
        await using var saved = store.NewContext();
        await using var db = store.NewContext();
        var reference = Enumerable.Range(0, 9).Select(i => ManyBlockArticle($"saved {i}", i)).ToList();
        foreach (var article in reference)
        {
            saved.Articles.Add(article);
            await saved.SaveChangesAsync();
        }

        var written = Enumerable.Range(0, 9).Select(i => ManyBlockArticle($"written {i}", i)).ToList();
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await ArticleWriter.InsertAsync(db, written);
            await transaction.CommitAsync();
        }

        // Both sets hold the same values and the ids run 1 to 18, so the second half of each table
        // repeats the first, with the rows pointing at the same place in their set.
        foreach (var sql in new[]
        {
            "SELECT FileName, Length, hex(Content), typeof(Content), ReceivedUtc, typeof(ReceivedUtc) FROM SourceFiles ORDER BY Id",
            "SELECT Title, TitleDerived, typeof(TitleDerived), Byline, typeof(Byline), Outlet, Contributors, PublishedUtc, typeof(PublishedUtc), Url, Language, Deck, ParsedUtc, StoryId, ClusterSeed, (SourceFileId - 1) % 9 FROM Articles ORDER BY Id",
            "SELECT (ArticleId - 1) % 9, Ordinal, Kind, typeof(Kind), Text, length(Text) FROM ArticleBlocks ORDER BY ArticleId, Ordinal",
        })
        {
            var rows = await RowsAsync(db, sql);
            Assert.Equal(rows[..(rows.Count / 2)], rows[(rows.Count / 2)..]);
        }

        var stored = await db.Articles.AsNoTracking().Include(a => a.Blocks).OrderBy(a => a.Id).Skip(9).ToListAsync();
        Assert.Equal(stored.Select(a => a.Id), written.Select(a => a.Id));
        Assert.Equal(stored.Select(a => a.SourceFileId), written.Select(a => a.Source.Id));
        Assert.Equal(
            stored.SelectMany(a => a.Blocks.OrderBy(b => b.Ordinal)).Select(b => (b.Id, b.ArticleId, b.Text)),
            written.SelectMany(a => a.Blocks).Select(b => (b.Id, b.ArticleId, b.Text)));
    }

    [Fact]
    public async Task ImportHistoryLongerThanOneStatementGetsTheStoresIds()
    {
        await using var store = await TestStore.CreateAsync();
        await using var db = store.NewContext();
        var records = Enumerable.Range(0, 23).Select(i =>
        {
            var record = NewRecord();
            record.Length = i;
            return record;
        }).ToList();
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await ArticleWriter.InsertRowsAsync(db, records, (record, id) => record.Id = id);
            await transaction.CommitAsync();
        }

        var stored = await db.ImportRecords.AsNoTracking().OrderBy(r => r.Id).Select(r => new { r.Id, r.Length }).ToListAsync();
        Assert.Equal(stored.Select(r => (r.Id, r.Length)), records.Select(r => (r.Id, r.Length)));
    }

    [Fact]
    public async Task UpdatesRowsAsSaveChangesDoes()
    {
        await using var store = await TestStore.CreateAsync();
        await using var db = store.NewContext();
        var saved = new Story { Headline = "old", UpdatedUtc = DateTime.UnixEpoch };
        var written = new Story { Headline = "old", UpdatedUtc = DateTime.UnixEpoch };
        db.Stories.AddRange(saved, written);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        foreach (var story in new[] { saved, written })
        {
            story.Headline = "Flood barrier holds";
            story.ArticleCount = 3;
            story.FirstPublishedUtc = new DateTime(2026, 3, 1, 8, 30, 15, 250, DateTimeKind.Utc);
            story.LastPublishedUtc = null;
            story.UpdatedUtc = new DateTime(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);
            story.KeyNames = "Jane Doe; Ely";
            story.Outlets = "Courier";
        }

        db.Stories.Update(saved);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await ArticleWriter.UpdateRowsAsync(db, [written]);
            await transaction.CommitAsync();
        }

        var rows = await RowsAsync(db, "SELECT Headline, ArticleCount, OutletCount, FirstPublishedUtc, LastPublishedUtc, UpdatedUtc, KeyNames, KeyTerms, Outlets FROM Stories ORDER BY Id");
        Assert.Equal(2, rows.Count);
        Assert.Equal(rows[0], rows[1]);
        Assert.Contains("Flood barrier holds", rows[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task StoresOtherRowsAsSaveChangesDoes()
    {
        await using var store = await TestStore.CreateAsync();
        await using var db = store.NewContext();
        db.ImportRecords.Add(NewRecord());
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        var written = NewRecord();
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await ArticleWriter.InsertRowsAsync(db, [written], (record, id) => record.Id = id);
            await transaction.CommitAsync();
        }

        var rows = await RowsAsync(db, "SELECT UserName, FileName, Length, Status, Reason, ArticleId, StoryId, ReceivedUtc FROM ImportRecords ORDER BY Id");
        Assert.Equal(2, rows.Count);
        Assert.Equal(rows[0], rows[1]);
        Assert.Equal(2, written.Id);
    }

    [Fact]
    public async Task ReservedIdsAreTheOnesTheStoreHandsOutEvenAfterTheNewestArticleWasDeleted()
    {
        await using var store = await TestStore.CreateAsync();
        await using var db = store.NewContext();
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await ArticleWriter.InsertAsync(db, [NewArticle("first"), NewArticle("second"), NewArticle("third")]);
            await transaction.CommitAsync();
        }

        // AUTOINCREMENT never hands out a deleted article's id again.
        await db.Articles.Where(a => a.Id == 3).ExecuteDeleteAsync();

        var fresh = new[] { NewArticle("fourth"), NewArticle("fifth") };
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await ArticleWriter.ReserveIdsAsync(db, fresh);
            Assert.Equal([4, 5], fresh.Select(a => a.Id));
            await ArticleWriter.InsertAsync(db, fresh);
            await transaction.CommitAsync();
        }

        Assert.Equal([1, 2, 4, 5], await db.Articles.OrderBy(a => a.Id).Select(a => a.Id).ToListAsync());
        Assert.All(fresh, a => Assert.All(a.Blocks, b => Assert.Equal(a.Id, b.ArticleId)));
    }

    [Fact]
    public async Task AnArticleThatWouldNotGetItsReservedIdFailsTheWrite()
    {
        await using var store = await TestStore.CreateAsync();
        await using var db = store.NewContext();
        var article = NewArticle("reserved");
        await using var transaction = await db.Database.BeginTransactionAsync();
        await ArticleWriter.ReserveIdsAsync(db, [article]);
        article.Id += 1;

        await Assert.ThrowsAsync<InvalidOperationException>(() => ArticleWriter.InsertAsync(db, [article]));
    }

    [Fact]
    public async Task RefusesToWriteOutsideATransaction()
    {
        await using var store = await TestStore.CreateAsync();
        await using var db = store.NewContext();

        await Assert.ThrowsAsync<InvalidOperationException>(() => ArticleWriter.InsertAsync(db, [NewArticle("loose")]));
    }

    private static ImportRecord NewRecord() => new()
    {
        UserName = "cli",
        FileName = "levee.txt",
        Length = 1234,
        Status = ImportStatus.Rejected,
        Reason = "no article text",
        ReceivedUtc = new DateTime(2024, 3, 6, 8, 0, 1, 250, DateTimeKind.Utc),
    };

    /// <summary>Same values apart from the hash (which must be unique), so both ways of writing can be compared column by column.</summary>
    private static Article NewArticle(string hashSeed) => new()
    {
        Title = "Levee holds",
        TitleDerived = true,
        Byline = "Jane Roe",
        Outlet = "River Times",
        Contributors = "AP; Reuters",
        PublishedUtc = new DateTime(2024, 3, 5, 14, 30, 15, 123, DateTimeKind.Utc),
        Url = "https://example.org/levee",
        Language = "en",
        Deck = "Engineers relieved",
        ParsedUtc = new DateTime(2024, 3, 6, 8, 0, 0, DateTimeKind.Utc),
        Source = new SourceFile
        {
            Sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(hashSeed))),
            FileName = "levee.txt",
            Content = [1, 2, 3],
            Length = 3,
            ReceivedUtc = new DateTime(2024, 3, 6, 8, 0, 1, DateTimeKind.Utc),
        },
        Blocks =
        [
            new ArticleBlock { Ordinal = 0, Kind = BlockKind.Subheading, Text = "Water over the road" },
            new ArticleBlock { Ordinal = 1, Kind = BlockKind.Quote, Text = "“It held,” she said." },
        ],
    };

    /// <summary>
    /// An article with a different number of blocks for each <paramref name="variant"/> (up to 40,
    /// so a set of them spans several statements), empty and null values in some columns (an empty
    /// original too), and text that SQL would have to escape.
    /// </summary>
    private static Article ManyBlockArticle(string hashSeed, int variant)
    {
        var article = NewArticle(hashSeed);
        article.Title = $"Levee \"holds\" 'again' {variant} \u2014 \U0001F30A";
        article.Byline = variant % 2 == 0 ? null : "";
        article.PublishedUtc = variant % 3 == 0 ? null : article.PublishedUtc!.Value.AddTicks(variant * 1234567);
        article.Deck = variant % 4 == 0 ? null : "Line one\nline\ttwo \\ done";
        article.ClusterSeed = variant % 2 == 0 ? null : variant;
        article.Source.Content = variant == 1 ? [] : article.Source.Content;
        article.Source.Length = article.Source.Content.Length;
        article.Blocks =
        [
            .. Enumerable.Range(0, (variant * 5) % 41).Select(o => new ArticleBlock
            {
                Ordinal = o,
                Kind = (BlockKind)(o % Enum.GetValues<BlockKind>().Length),
                Text = o % 7 == 0 ? "" : $"Block {o}: \"{variant}\" \u00e9 \0 end",
            }),
        ];
        return article;
    }

    private static async Task<List<string>> RowsAsync(NewsDbContext db, string sql)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            await using var reader = await command.ExecuteReaderAsync();
            var rows = new List<string>();
            while (await reader.ReadAsync())
            {
                var values = new object[reader.FieldCount];
                reader.GetValues(values);
                rows.Add(string.Join("|", values.Select(v => v is DBNull ? "NULL" : Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture))));
            }

            return rows;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
