#:project ../../src/NewsAggregator.Core/NewsAggregator.Core.csproj
#:property PublishAot=false

// Seeds a store for the load test: every generated file goes through the real text parser and the
// real store (search rows written as the importer writes them) with every comparison computed and stored (as the web app's background fill leaves them), but stories come from the generator's own grouping
// (file name "SSSSS_R.txt": story SSSSS) instead of the clusterer, whose speed is not what this measures.
// Usage: dotnet run Seed.cs -- DATABASE_PATH ARTICLE_FOLDER
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using NewsAggregator.Core.Clustering;
using NewsAggregator.Core.Comparison;
using NewsAggregator.Core.Ingestion;
using NewsAggregator.Core.Ingestion.Text;
using NewsAggregator.Core.Search;
using NewsAggregator.Core.Storage;

var options = new DbContextOptionsBuilder<NewsDbContext>().UseSqlite($"Data Source={args[0]}").Options;
await using (var db = new NewsDbContext(options))
{
    await db.Database.MigrateAsync();
}

var parser = new TextArticleParser();
var now = DateTime.UtcNow;
var groups = Directory.EnumerateFiles(args[1], "*.txt").Order(StringComparer.Ordinal)
    .GroupBy(path => Path.GetFileName(path).Split('_')[0]).Chunk(100);
var count = 0;
foreach (var chunk in groups)
{
    await using var db = new NewsDbContext(options);
    foreach (var group in chunk)
    {
        var story = new Story { UpdatedUtc = now };
        foreach (var path in group)
        {
            var bytes = await File.ReadAllBytesAsync(path);
            var parsed = parser.Parse(bytes, Path.GetFileName(path));
            var article = ArticleMapper.ToEntity(parsed.Article!, now);
            article.Source = new SourceFile
            {
                Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)),
                FileName = Path.GetFileName(path),
                Length = bytes.Length,
                Content = bytes,
                ReceivedUtc = now,
            };
            story.Articles.Add(article);
            count++;
        }

        StorySummary.Refresh(story, now);
        db.Stories.Add(story);
    }

    await db.SaveChangesAsync();
    await SearchIndexer.RefreshAsync(db, [.. db.ChangeTracker.Entries<Article>().Select(e => e.Entity.Id)]);
}

// As the background fill leaves a store: the story pages under test read stored comparisons.
await using (var db = new NewsDbContext(options))
{
    var comparisons = new ComparisonProvider(db, TimeProvider.System, NullLogger<ComparisonProvider>.Instance);
    var done = new HashSet<int>();
    while (await comparisons.FindMissingAsync(100, done) is { Count: > 0 } missing)
    {
        foreach (var storyId in missing)
        {
            await comparisons.ComputeAndStoreAsync(storyId);
            done.Add(storyId);
        }
    }
}

Console.WriteLine($"seeded {count} articles");
