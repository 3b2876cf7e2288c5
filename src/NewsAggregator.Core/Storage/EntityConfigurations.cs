using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace NewsAggregator.Core.Storage;

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> builder)
    {
        builder.Property(a => a.Title).HasMaxLength(1000);
        builder.Property(a => a.Byline).HasMaxLength(500);
        builder.Property(a => a.Outlet).HasMaxLength(200);
        builder.Property(a => a.Url).HasMaxLength(2000);
        builder.Property(a => a.Language).HasMaxLength(20);
        builder.HasOne(a => a.Source).WithOne(s => s.Article)
            .HasForeignKey<Article>(a => a.SourceFileId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(a => a.Story).WithMany(s => s.Articles)
            .HasForeignKey(a => a.StoryId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(a => a.Blocks).WithOne()
            .HasForeignKey(b => b.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => a.SourceFileId).IsUnique();
        builder.HasIndex(a => a.StoryId);
        builder.HasIndex(a => a.PublishedUtc);
    }
}

internal sealed class ArticleBlockConfiguration : IEntityTypeConfiguration<ArticleBlock>
{
    public void Configure(EntityTypeBuilder<ArticleBlock> builder)
    {
        builder.Property(b => b.Kind).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(b => new { b.ArticleId, b.Ordinal }).IsUnique();
    }
}

internal sealed class SourceFileConfiguration : IEntityTypeConfiguration<SourceFile>
{
    public void Configure(EntityTypeBuilder<SourceFile> builder)
    {
        builder.Property(s => s.Sha256).HasMaxLength(64).IsFixedLength();
        builder.Property(s => s.FileName).HasMaxLength(500);
        builder.HasIndex(s => s.Sha256).IsUnique();
    }
}

internal sealed class StoryConfiguration : IEntityTypeConfiguration<Story>
{
    public void Configure(EntityTypeBuilder<Story> builder)
    {
        builder.Property(s => s.Headline).HasMaxLength(1000);
        builder.Property(s => s.KeyNames).HasMaxLength(1000);
        builder.Property(s => s.KeyTerms).HasMaxLength(1000);
        builder.Property(s => s.Outlets).HasMaxLength(4000);
        builder.HasIndex(s => s.LastPublishedUtc);
        builder.HasIndex(s => s.UpdatedUtc);
    }
}

internal sealed class ImportRecordConfiguration : IEntityTypeConfiguration<ImportRecord>
{
    public void Configure(EntityTypeBuilder<ImportRecord> builder)
    {
        builder.Property(r => r.UserName).HasMaxLength(256);
        builder.Property(r => r.FileName).HasMaxLength(500);
        builder.Property(r => r.Reason).HasMaxLength(1000);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(r => r.ReceivedUtc);
    }
}

internal sealed class StoryComparisonConfiguration : IEntityTypeConfiguration<StoryComparison>
{
    public void Configure(EntityTypeBuilder<StoryComparison> builder)
    {
        builder.HasKey(c => c.StoryId);
        builder.Property(c => c.StoryId).ValueGeneratedNever();
        builder.HasOne<Story>().WithOne()
            .HasForeignKey<StoryComparison>(c => c.StoryId).OnDelete(DeleteBehavior.Cascade);
    }
}
