using Microsoft.EntityFrameworkCore;
using NewsAggregator.Core.Ingestion;
using NewsAggregator.Core.Storage;

namespace NewsAggregator.Web.Pages.Articles;

public sealed record ArticleView(int Id, string Title, bool TitleDerived, string? Deck, string? Outlet, string? Byline,
    string? Contributors, DateTime? PublishedUtc, int? StoryId, string? StoryHeadline, string FileName, string? Url, List<ContentBlock> Blocks)
{
    /// <summary>The article in one query, or null.</summary>
    public static Task<ArticleView?> FindAsync(NewsDbContext db, int id, CancellationToken cancellationToken) =>
        db.Articles.AsNoTracking()
            .Where(a => a.Id == id)
            .Select(a => new ArticleView(a.Id, a.Title, a.TitleDerived, a.Deck, a.Outlet, a.Byline, a.Contributors,
                a.PublishedUtc, a.StoryId, a.Story == null ? null : a.Story.Headline, a.Source.FileName, a.Url,
                a.Blocks.OrderBy(b => b.Ordinal).Select(b => new ContentBlock(b.Kind, b.Text)).ToList()))
            .SingleOrDefaultAsync(cancellationToken);
}
