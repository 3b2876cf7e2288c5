using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsAggregator.Core.Storage.Migrations;

/// <summary>
/// Adds <c>Articles.ClusterSeed</c>, the tight group each article belongs to inside its story. Stores
/// made before kept one group per story, so each article's seed becomes the first article of its
/// story: the clusterer carries on from there, and the next re-cluster finds the finer groups.
/// </summary>
[DbContext(typeof(NewsDbContext))]
[Migration("20261101000300_ArticleClusterSeed")]
public partial class ArticleClusterSeed : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<int>(name: "ClusterSeed", table: "Articles", type: "INTEGER", nullable: true);
        migrationBuilder.Sql(
            """
            UPDATE Articles SET ClusterSeed = (SELECT MIN(b.Id) FROM Articles b WHERE b.StoryId = Articles.StoryId)
            WHERE StoryId IS NOT NULL;
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropColumn(name: "ClusterSeed", table: "Articles");
}
