using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NewsAggregator.Core.Clustering;
using NewsAggregator.Core.Comparison;
using NewsAggregator.Core.Ingestion;
using NewsAggregator.Core.Search;
using NewsAggregator.Core.Storage;

namespace NewsAggregator.Core.Reindexing;

/// <summary>
/// Parses every stored original again with the current parsers and groups all articles into stories
/// afresh. The whole run is one transaction: readers see the old stories until the commit, and a
/// cancel, an error or a killed process leaves them as they were (see docs/decisions/0002).
/// </summary>
public sealed class Reindexer(
    NewsDbContext db,
    IEnumerable<IArticleParser> parsers,
    StoryClusterer clusterer,
    TimeProvider time,
    ILogger<Reindexer> logger)
{
    private const int PageSize = 100;
    private readonly IReadOnlyList<IArticleParser> _parsers = [.. parsers];

    public async Task<ReindexResult> RunAsync(IProgress<ReindexProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        try
        {
            return await RunCoreAsync(progress, cancellationToken);
        }
        finally
        {
            // Re-clustering filled the shared index inside this transaction, and story ids were then
            // renumbered (or the whole transaction rolled back): either way the index no longer
            // describes the store, and its fingerprint cannot tell. Make the next import rebuild it.
            clusterer.ForgetIndex();
        }
    }

    private async Task<ReindexResult> RunCoreAsync(IProgress<ReindexProgress>? progress, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        void Report(ReindexPhase phase, int done, int total) =>
            progress?.Report(new ReindexProgress(phase, done, total, time.GetElapsedTime(started)));

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            // Story ids are swapped below; references are checked once, at the commit.
            await db.Database.ExecuteSqlRawAsync("PRAGMA defer_foreign_keys = ON;", cancellationToken);
        }

        var before = await StoryMapAsync(cancellationToken);
        var ids = await db.Articles.AsNoTracking().OrderBy(a => a.Id).Select(a => a.Id).ToListAsync(cancellationToken);
        var refused = new List<string>();
        var now = time.GetUtcNow().UtcDateTime;
        Report(ReindexPhase.Parsing, 0, ids.Count);

        for (var page = 0; page < ids.Count; page += PageSize)
        {
            var chunk = ids.GetRange(page, Math.Min(PageSize, ids.Count - page));
            var articles = await db.Articles.Include(a => a.Blocks).Include(a => a.Source)
                .Where(a => chunk.Contains(a.Id)).OrderBy(a => a.Id).ToListAsync(cancellationToken);
            for (var i = 0; i < articles.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var article = articles[i];
                var result = FindParser(article.Source.FileName)?.Parse(article.Source.Content, article.Source.FileName);
                if (result is { Succeeded: true })
                {
                    ArticleMapper.Apply(result.Article!, article, now);
                }
                else
                {
                    // Keep the article as it was rather than lose it to a parser regression.
                    refused.Add($"{article.Source.FileName}: {result?.Error ?? "no parser for this file type any more"}");
                }

                Report(ReindexPhase.Parsing, page + i + 1, ids.Count);
            }

            await db.SaveChangesAsync(cancellationToken);
            await SearchIndexer.RefreshAsync(db, chunk, cancellationToken);
            db.ChangeTracker.Clear();
        }

        Report(ReindexPhase.Clustering, ids.Count, ids.Count);
        await clusterer.ReclusterAllAsync(cancellationToken);
        db.ChangeTracker.Clear();

        var renames = StoryIdMatcher.Match(before, await StoryMapAsync(cancellationToken));
        await RenumberStoriesAsync(renames, cancellationToken);

        // Any story may have new text or reports now: every comparison is stale, computed again when read.
        await ComparisonStore.InvalidateAllAsync(db, cancellationToken);

        Report(ReindexPhase.Committing, ids.Count, ids.Count);
        cancellationToken.ThrowIfCancellationRequested();
        await transaction.CommitAsync(CancellationToken.None);

        var stories = await db.Stories.CountAsync(CancellationToken.None);
        var kept = stories == 0 ? 0 : await KeptIdsAsync(before, CancellationToken.None);
        Report(ReindexPhase.Completed, ids.Count, ids.Count);
        logger.LogInformation("Re-indexed {Articles} articles into {Stories} stories ({Kept} kept their id, {Refused} refused) in {Elapsed}",
            ids.Count, stories, kept, refused.Count, time.GetElapsedTime(started));
        return new ReindexResult(ids.Count, stories, kept, refused, time.GetElapsedTime(started));
    }

    private async Task<Dictionary<int, int>> StoryMapAsync(CancellationToken cancellationToken) =>
        await db.Articles.AsNoTracking().Where(a => a.StoryId != null)
            .Select(a => new { a.Id, StoryId = a.StoryId!.Value })
            .ToDictionaryAsync(a => a.Id, a => a.StoryId, cancellationToken);

    private async Task<int> KeptIdsAsync(Dictionary<int, int> before, CancellationToken cancellationToken)
    {
        var oldIds = before.Values.Distinct().ToList();
        return await db.Stories.CountAsync(s => oldIds.Contains(s.Id), cancellationToken);
    }

    /// <summary>
    /// Gives new stories their inherited ids, in every table that points at a story (found from the
    /// model, so tables added later follow). Two steps through negative ids so no two rows ever
    /// share an id mid-way.
    /// </summary>
    private async Task RenumberStoriesAsync(IReadOnlyDictionary<int, int> renames, CancellationToken cancellationToken)
    {
        if (renames.Count == 0)
        {
            return;
        }

        await db.Database.ExecuteSqlRawAsync("CREATE TEMP TABLE IF NOT EXISTS story_renames (new_id INTEGER PRIMARY KEY, old_id INTEGER NOT NULL);", cancellationToken);
        await db.Database.ExecuteSqlRawAsync("DELETE FROM story_renames;", cancellationToken);
        foreach (var batch in renames.Chunk(500))
        {
            var values = new StringBuilder("INSERT INTO story_renames (new_id, old_id) VALUES ");
            values.AppendJoin(", ", batch.Select(p => string.Create(CultureInfo.InvariantCulture, $"({p.Key}, {p.Value})")));
            await db.Database.ExecuteSqlRawAsync(values.ToString(), cancellationToken);
        }

        var story = db.Model.FindEntityType(typeof(Story))!;
        var columns = new List<(string Table, string Column)> { (story.GetTableName()!, story.FindPrimaryKey()!.Properties[0].GetColumnName()) };
        foreach (var reference in story.GetReferencingForeignKeys())
        {
            columns.Add((reference.DeclaringEntityType.GetTableName()!, reference.Properties[0].GetColumnName()));
        }

        foreach (var (table, column) in columns)
        {
            var negate = $"UPDATE \"{table}\" SET \"{column}\" = -\"{column}\" WHERE \"{column}\" IN (SELECT new_id FROM story_renames);";
            await db.Database.ExecuteSqlRawAsync(negate, cancellationToken);
        }

        foreach (var (table, column) in columns)
        {
            var settle = $"UPDATE \"{table}\" SET \"{column}\" = (SELECT old_id FROM story_renames WHERE new_id = -\"{table}\".\"{column}\") WHERE \"{column}\" < 0;";
            await db.Database.ExecuteSqlRawAsync(settle, cancellationToken);
        }

        await db.Database.ExecuteSqlRawAsync("DELETE FROM story_renames;", cancellationToken);
    }

    private IArticleParser? FindParser(string fileName)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        return _parsers.FirstOrDefault(p => p.Extensions.Contains(extension));
    }
}
