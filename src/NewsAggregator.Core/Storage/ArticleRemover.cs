using Microsoft.EntityFrameworkCore;
using NewsAggregator.Core.Clustering;
using NewsAggregator.Core.Comparison;

namespace NewsAggregator.Core.Storage;

/// <summary>
/// Deletes an article with its original, and brings its story up to date (or removes it when
/// emptied); the story's comparison is marked stale, to be computed again when next read.
/// </summary>
public sealed class ArticleRemover(NewsDbContext db, TimeProvider time)
{
    /// <summary>False when there is no such article.</summary>
    public async Task<bool> RemoveAsync(int articleId, CancellationToken cancellationToken = default)
    {
        var article = await db.Articles.Include(a => a.Source).SingleOrDefaultAsync(a => a.Id == articleId, cancellationToken);
        if (article is null)
        {
            return false;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var storyId = article.StoryId;

        // Removing the original (which cascades to the article) lets the same file be uploaded again later;
        // the article-delete trigger drops its search row.
        db.SourceFiles.Remove(article.Source);
        await db.SaveChangesAsync(cancellationToken);

        if (storyId is not null)
        {
            var story = await db.Stories.Include(s => s.Articles).SingleAsync(s => s.Id == storyId, cancellationToken);
            if (story.Articles.Count == 0)
            {
                db.Stories.Remove(story);
            }
            else
            {
                StorySummary.Refresh(story, time.GetUtcNow().UtcDateTime);
            }

            await db.SaveChangesAsync(cancellationToken);
            await ComparisonStore.InvalidateAsync(db, [storyId.Value], cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}
