using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsAggregator.Core.Storage.Migrations;

/// <summary>
/// Adds <c>Articles.ClusterSeed</c>, the tight group each article belongs to inside its story. Stores
/// made before have none; the clusterer then treats each stored story as one group until the next
/// re-cluster, so upgrading needs no rebuild.
/// </summary>
[DbContext(typeof(NewsDbContext))]
[Migration("20261101000300_ArticleClusterSeed")]
public partial class ArticleClusterSeed : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.AddColumn<int>(name: "ClusterSeed", table: "Articles", type: "INTEGER", nullable: true);

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropColumn(name: "ClusterSeed", table: "Articles");
}
