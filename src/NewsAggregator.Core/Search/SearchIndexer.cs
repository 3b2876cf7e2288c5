using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NewsAggregator.Core.Storage;

namespace NewsAggregator.Core.Search;

/// <summary>
/// Writes the ArticleSearch rows (title and body, blocks joined in order) of the articles a change
/// touched. Every writer of article blocks calls this once per batch, inside its transaction: one
/// DELETE and one INSERT…SELECT however many articles and blocks the batch holds. Per-block
/// triggers used to rebuild an article's whole row on every block insert, which made an import
/// quadratic in article length (migration 20261101000200).
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
