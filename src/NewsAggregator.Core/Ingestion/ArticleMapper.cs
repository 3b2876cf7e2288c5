using NewsAggregator.Core.Storage;

namespace NewsAggregator.Core.Ingestion;

/// <summary>Copies a parse result onto a stored article: used by import and by re-index alike.</summary>
public static class ArticleMapper
{
    public static Article ToEntity(ParsedArticle parsed, DateTime parsedUtc)
    {
        var article = new Article();
        Apply(parsed, article, parsedUtc);
        return article;
    }

    public static void Apply(ParsedArticle parsed, Article article, DateTime parsedUtc)
    {
        article.Title = parsed.Title;
        article.TitleDerived = parsed.TitleDerived;
        article.Byline = parsed.Byline;
        article.Outlet = parsed.Outlet;
        article.Contributors = parsed.Contributors.Count == 0 ? null : string.Join("; ", parsed.Contributors);
        article.PublishedUtc = parsed.Published?.UtcDateTime;
        article.Url = parsed.Url;
        article.Language = parsed.Language;
        article.Deck = parsed.Deck;
        article.ParsedUtc = parsedUtc;
        article.Blocks.Clear();
        article.Blocks.AddRange(parsed.Blocks.Select((b, i) => new ArticleBlock { Ordinal = i, Kind = b.Kind, Text = b.Text }));
    }
}
