using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NewsAggregator.Core.Storage;

namespace NewsAggregator.Core.Search;

/// <summary>
/// Full-text search over article titles and bodies through the ArticleSearch FTS5 table (migration
/// 20261101000100_SearchIndex), whose rows the writers of articles refresh through
/// <see cref="SearchIndexer"/>.
/// </summary>
public sealed class ArticleSearch(NewsDbContext db)
{
    public const int DefaultPageSize = 20;

    /// <summary>A title match counts this many times a body match in the bm25 ranking.</summary>
    private const double TitleWeight = 5.0;

    private const int SnippetWords = 28;

    public async Task<SearchResults> SearchAsync(string? text, int page = 1, int pageSize = DefaultPageSize, CancellationToken cancellationToken = default)
    {
        var query = SearchQuery.Parse(text);
        page = Math.Max(page, 1);
        if (!query.IsValid)
        {
            return new SearchResults(query, 0, page, pageSize, []);
        }

        try
        {
            var total = await db.Database
                .SqlQueryRaw<int>("SELECT count(*) AS Value FROM ArticleSearch WHERE ArticleSearch MATCH {0}", query.Expression!)
                .SingleAsync(cancellationToken);
            var rows = await db.Database.SqlQueryRaw<HitRow>(
                    """
                    SELECT a.Id AS ArticleId,
                           highlight(ArticleSearch, 0, char(2), char(3)) AS Title,
                           snippet(ArticleSearch, 1, char(2), char(3), '…', {1}) AS Snippet,
                           a.Outlet AS Outlet, a.PublishedUtc AS PublishedUtc, a.StoryId AS StoryId,
                           bm25(ArticleSearch, {2}, 1.0) AS Rank
                    FROM ArticleSearch JOIN Articles a ON a.Id = ArticleSearch.rowid
                    WHERE ArticleSearch MATCH {0}
                    ORDER BY Rank, a.Id
                    LIMIT {3} OFFSET {4}
                    """,
                    query.Expression!, SnippetWords, TitleWeight, pageSize, (page - 1) * pageSize)
                .ToListAsync(cancellationToken);
            var hits = rows.Select(r => new SearchHit(r.ArticleId, HighlightRun.Split(r.Title), HighlightRun.Split(r.Snippet),
                r.Outlet, r.PublishedUtc, r.StoryId, r.Rank)).ToList();
            return new SearchResults(query, total, page, pageSize, hits);
        }
        catch (SqliteException ex) when (ex.Message.Contains("fts5", StringComparison.OrdinalIgnoreCase))
        {
            // FTS5 judges the operators; a query it cannot parse is the reader's typo, not a server error.
            return new SearchResults(query.Rejected(), 0, page, pageSize, []);
        }
    }

    private sealed record HitRow(int ArticleId, string? Title, string? Snippet, string? Outlet, DateTime? PublishedUtc, int? StoryId, double Rank);
}
