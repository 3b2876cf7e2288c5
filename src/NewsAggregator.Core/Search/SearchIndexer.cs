using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NewsAggregator.Core.Storage;

namespace NewsAggregator.Core.Search;

/// <summary>
/// Writes the ArticleSearch rows (title and body, blocks joined in order) of the articles a change
/// touched. Every writer of article blocks calls this once per batch, inside its transaction: one
/// DELETE and one INSERT…SELECT however many articles and blocks the batch holds. Per-block
/// triggers used to rebuild an article's whole row on every block insert, which made an import
/// quadratic in article length (migration 20261101000200). Articles a batch has just inserted,
/// whose rows cannot exist yet, go through <see cref="AddAsync"/>, which writes the same row from
/// the text in memory instead of reading the blocks back.
/// </summary>
public static class SearchIndexer
{
    // The ids travel as one JSON array parameter, so a batch of any size is one statement with no
    // limit on bound variables and no SQL built from values.
    private const string DeleteRows =
        "DELETE FROM ArticleSearch WHERE rowid IN (SELECT value FROM json_each({0}));";

    // The same row the old triggers built (see 20261101000100_SearchIndex), so search behaves as before.
    private const string InsertRows =
        """
        INSERT INTO ArticleSearch(rowid, Title, Body)
            SELECT a.Id, a.Title,
                   (SELECT group_concat(Text, char(10)) FROM (SELECT b.Text AS Text FROM ArticleBlocks b WHERE b.ArticleId = a.Id ORDER BY b.Ordinal))
            FROM Articles a WHERE a.Id IN (SELECT value FROM json_each({0}));
        """;

    private const string InsertRow = "INSERT INTO ArticleSearch(rowid, Title, Body) VALUES (?1, ?2, ?3);";

    /// <summary>
    /// Writes the search rows of articles just inserted in the current transaction, from their
    /// title and blocks in memory: the row <see cref="RefreshAsync"/> would build from the stored
    /// ones, without reading them back. An article that already has a row must go through
    /// <see cref="RefreshAsync"/> instead, or it would be indexed twice. The work is done before
    /// the returned task, which is already complete.
    /// </summary>
    public static Task AddAsync(NewsDbContext db, IReadOnlyCollection<Article> articles, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(articles);
        if (articles.Count == 0)
        {
            return Task.CompletedTask;
        }

        // Bound by position on the connection itself (see PositionalStatement), which needs the
        // write lock the batch's transaction holds.
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Search rows are added inside the transaction that inserts their articles.");
        }

        using var insert = new PositionalStatement((SqliteConnection)db.Database.GetDbConnection(), InsertRow);
        foreach (var article in articles)
        {
            cancellationToken.ThrowIfCancellationRequested();
            insert.Bind(1, article.Id);
            insert.Bind(2, article.Title);
            insert.Bind(3, Body(article));
            insert.Run();
        }

        return Task.CompletedTask;
    }

    /// <summary>The blocks' text in order, one per line, as group_concat joins them; null (no body) for an article without blocks.</summary>
    private static string? Body(Article article) =>
        article.Blocks.Count == 0
            ? null
            : string.Join('\n', article.Blocks.OrderBy(b => b.Ordinal).Select(b => b.Text));

    /// <summary>
    /// Rebuilds the search rows of <paramref name="articleIds"/> from the stored titles and blocks;
    /// ids of articles that no longer exist just lose their row.
    /// </summary>
    public static async Task RefreshAsync(NewsDbContext db, IEnumerable<int> articleIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(articleIds);
        var ids = articleIds.Distinct().ToArray();
        if (ids.Length == 0)
        {
            return;
        }

        var json = JsonSerializer.Serialize(ids);
        await db.Database.ExecuteSqlRawAsync(DeleteRows, [json], cancellationToken);
        await db.Database.ExecuteSqlRawAsync(InsertRows, [json], cancellationToken);
    }
}
