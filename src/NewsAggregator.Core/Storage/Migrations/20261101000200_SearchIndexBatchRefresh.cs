using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsAggregator.Core.Storage.Migrations;

/// <summary>
/// Drops the triggers that rebuilt an article's whole search row on every insert, update or delete
/// of one of its blocks (and on the article's insert, before it had blocks): an article of n blocks
/// cost n full rebuilds, so imports slowed with article length. Writers of blocks now call
/// Search/SearchIndexer.RefreshAsync once per batch instead. The per-article triggers stay: a title
/// change rebuilds its one row, and a deleted article (also through the cascade from its original)
/// loses its row, whoever makes the change. The rows already stored were kept current by the old
/// triggers, so upgrading needs no rebuild.
/// </summary>
[DbContext(typeof(NewsDbContext))]
[Migration("20261101000200_SearchIndexBatchRefresh")]
public partial class SearchIndexBatchRefresh : Migration
{
    private static readonly string[] Dropped = ["ArticleInsert", "BlockInsert", "BlockUpdate", "BlockDelete"];

    // A copy of the row rebuild the dropped triggers ran, to restore them on a downgrade.
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
        foreach (var trigger in Dropped)
        {
            migrationBuilder.Sql($"DROP TRIGGER IF EXISTS ArticleSearch_{trigger};");
        }
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql($"CREATE TRIGGER ArticleSearch_ArticleInsert AFTER INSERT ON Articles BEGIN {string.Format(RebuildRow, "new.Id")} END;");
        migrationBuilder.Sql($"CREATE TRIGGER ArticleSearch_BlockInsert AFTER INSERT ON ArticleBlocks BEGIN {string.Format(RebuildRow, "new.ArticleId")} END;");
        migrationBuilder.Sql(
            $"CREATE TRIGGER ArticleSearch_BlockUpdate AFTER UPDATE ON ArticleBlocks BEGIN {string.Format(RebuildRow, "old.ArticleId")} {string.Format(RebuildRow, "new.ArticleId")} END;");
        migrationBuilder.Sql($"CREATE TRIGGER ArticleSearch_BlockDelete AFTER DELETE ON ArticleBlocks BEGIN {string.Format(RebuildRow, "old.ArticleId")} END;");
    }
}
