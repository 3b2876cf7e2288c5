using NewsAggregator.Core.Storage;

namespace NewsAggregator.Core.Clustering;

/// <summary>Recomputes the figures a story shows from its articles.</summary>
public static class StorySummary
{
    public static void Refresh(Story story, DateTime nowUtc)
    {
        var articles = story.Articles;
        story.ArticleCount = articles.Count;
        story.OutletCount = articles.Select(a => a.Outlet ?? $"#{a.Id}").Distinct(StringComparer.OrdinalIgnoreCase).Count();
        story.FirstPublishedUtc = articles.Min(a => a.PublishedUtc);
        story.LastPublishedUtc = articles.Max(a => a.PublishedUtc);
        story.Headline = ChooseHeadline(articles);
        story.UpdatedUtc = nowUtc;
    }

    /// <summary>
    /// The headline whose words the other headlines share most: the most representative title
    /// rather than the first. Titles a parser had to derive from the lead lose to real ones.
    /// </summary>
    public static string ChooseHeadline(IReadOnlyCollection<Article> articles)
    {
        var candidates = articles.Where(a => !a.TitleDerived).ToList();
        if (candidates.Count == 0)
        {
            candidates = [.. articles];
        }

        if (candidates.Count == 0)
        {
            return "";
        }

        var words = candidates.ToDictionary(a => a, a => Tokenizer.Words(a.Title).ToHashSet());
        return candidates
            .OrderByDescending(a => candidates.Where(b => b != a).Sum(b => Overlap(words[a], words[b])))
            .ThenBy(a => a.Id)
            .First().Title;
    }

    private static double Overlap(HashSet<string> a, HashSet<string> b) =>
        a.Count == 0 || b.Count == 0 ? 0 : (double)a.Intersect(b).Count() / Math.Sqrt(a.Count * b.Count);
}
