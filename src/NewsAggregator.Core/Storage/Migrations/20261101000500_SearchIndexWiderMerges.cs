using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsAggregator.Core.Storage.Migrations;

/// <summary>
/// Lets ArticleSearch gather <see cref="SegmentsPerMerge"/> segments of a size before FTS5 merges them
/// into one of the next size, instead of its default 4. Each import batch writes one segment (see
/// 20261101000400_SearchIndexLeaner), and every merge rewrites what it merges, so with wider merges
/// an index entry is rewritten fewer times over a long import: committing the batches of a
/// 21,000-article import took about a fifth less thread CPU, and the store came out 3% smaller.
/// A search reads up to twice as many segments of a size; on that store the searches timed took as
/// long as before (benchmarks/Clustering/README.md). FTS5 stores the setting with the table; no row changes.
/// </summary>
[DbContext(typeof(NewsDbContext))]
[Migration("20261101000500_SearchIndexWiderMerges")]
public partial class SearchIndexWiderMerges : Migration
{
    /// <summary>Segments of one size FTS5 lets pile up before it merges them (its 'automerge' setting).</summary>
    public const int SegmentsPerMerge = 8;

    private const int DefaultSegmentsPerMerge = 4;

    protected override void Up(MigrationBuilder migrationBuilder) => SetSegmentsPerMerge(migrationBuilder, SegmentsPerMerge);

    protected override void Down(MigrationBuilder migrationBuilder) => SetSegmentsPerMerge(migrationBuilder, DefaultSegmentsPerMerge);

    private static void SetSegmentsPerMerge(MigrationBuilder migrationBuilder, int segments) =>
        migrationBuilder.Sql($"INSERT INTO ArticleSearch(ArticleSearch, rank) VALUES('automerge', {segments});");
}
