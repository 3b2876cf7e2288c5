using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsAggregator.Core.Storage.Migrations;

/// <summary>
/// The full-text index behind search (hand-written: EF has no model for FTS5). ArticleSearch keeps
/// one row per article, rowid = article id, with the title and the body (all blocks in order).
/// Triggers rebuild a row whenever its article or one of its blocks changes, so every way into the
/// store (import, upload, re-index) stays searchable without calling anything.
/// Tokenizer: unicode61 with diacritics folded; word variants come from prefix queries
/// (see Search/SearchQuery), served fast by prefix indexes on 2 and 3 characters.
/// Blocks are joined in order through an ordered subquery rather than group_concat(... ORDER BY),
/// which needs SQLite 3.44: older sqlite3 shells could not even open the store's schema otherwise.
/// </summary>
[DbContext(typeof(NewsDbContext))]
[Migration("20261101000100_SearchIndex")]
public partial class SearchIndex : Migration
{
    private const string RebuildRow =
        """
        DELETE FROM ArticleSearch WHERE rowid = {0};
        INSERT INTO ArticleSearch(rowid, Title, Body)
            SELECT a.Id, a.Title,
                   (SELECT group_concat(Text, char(10)) FROM (SELECT b.Text AS Text FROM ArticleBlocks b WHERE b.ArticleId = a.Id ORDER BY b.Ordinal))
            FROM Articles a WHERE a.Id = {0};
        """;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql(
            "CREATE VIRTUAL TABLE ArticleSearch USING fts5(Title, Body, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');");

        migrationBuilder.Sql(
            """
            INSERT INTO ArticleSearch(rowid, Title, Body)
                SELECT a.Id, a.Title,
                       (SELECT group_concat(Text, char(10)) FROM (SELECT b.Text AS Text FROM ArticleBlocks b WHERE b.ArticleId = a.Id ORDER BY b.Ordinal))
                FROM Articles a;
            """);

        migrationBuilder.Sql($"CREATE TRIGGER ArticleSearch_ArticleInsert AFTER INSERT ON Articles BEGIN {string.Format(RebuildRow, "new.Id")} END;");
        migrationBuilder.Sql(
            $"CREATE TRIGGER ArticleSearch_ArticleUpdate AFTER UPDATE OF Title ON Articles BEGIN {string.Format(RebuildRow, "new.Id")} END;");
        migrationBuilder.Sql("CREATE TRIGGER ArticleSearch_ArticleDelete AFTER DELETE ON Articles BEGIN DELETE FROM ArticleSearch WHERE rowid = old.Id; END;");
        migrationBuilder.Sql($"CREATE TRIGGER ArticleSearch_BlockInsert AFTER INSERT ON ArticleBlocks BEGIN {string.Format(RebuildRow, "new.ArticleId")} END;");
        migrationBuilder.Sql(
            $"CREATE TRIGGER ArticleSearch_BlockUpdate AFTER UPDATE ON ArticleBlocks BEGIN {string.Format(RebuildRow, "old.ArticleId")} {string.Format(RebuildRow, "new.ArticleId")} END;");
        migrationBuilder.Sql($"CREATE TRIGGER ArticleSearch_BlockDelete AFTER DELETE ON ArticleBlocks BEGIN {string.Format(RebuildRow, "old.ArticleId")} END;");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var trigger in new[] { "ArticleInsert", "ArticleUpdate", "ArticleDelete", "BlockInsert", "BlockUpdate", "BlockDelete" })
        {
            migrationBuilder.Sql($"DROP TRIGGER IF EXISTS ArticleSearch_{trigger};");
        }

        migrationBuilder.Sql("DROP TABLE IF EXISTS ArticleSearch;");
    }
}
