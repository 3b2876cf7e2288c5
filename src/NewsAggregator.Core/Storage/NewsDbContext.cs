using Microsoft.EntityFrameworkCore;

namespace NewsAggregator.Core.Storage;

/// <summary>
/// The article store. Migrations live in Storage/Migrations; add one with
/// <c>dotnet ef migrations add NAME --project src/NewsAggregator.Core --startup-project src/NewsAggregator.Web --output-dir Storage/Migrations</c>.
/// </summary>
public class NewsDbContext(DbContextOptions<NewsDbContext> options) : DbContext(options)
{
    public DbSet<Article> Articles => Set<Article>();
    public DbSet<ArticleBlock> ArticleBlocks => Set<ArticleBlock>();
    public DbSet<SourceFile> SourceFiles => Set<SourceFile>();
    public DbSet<Story> Stories => Set<Story>();
    public DbSet<ImportRecord> ImportRecords => Set<ImportRecord>();
    public DbSet<StoryComparison> StoryComparisons => Set<StoryComparison>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(NewsDbContext).Assembly);
}
