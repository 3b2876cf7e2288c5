using NewsAggregator.Core.Storage;

namespace NewsAggregator.Core.Clustering;

/// <summary>The facts about one member article that a story's summary needs.</summary>
public sealed record StoryMember(int Id, string Title, bool TitleDerived, string? Outlet, DateTime? PublishedUtc);

/// <summary>Recomputes the figures a story shows from its articles.</summary>
public static class StorySummary
{
    private const int MaxOutlets = 30;

    /// <summary>Refreshes from the loaded <see cref="Story.Articles"/>, keeping the key names and terms.</summary>
    public static void Refresh(Story story, DateTime nowUtc) =>
        Refresh(story, [.. story.Articles.Select(ToMember)], null, null, nowUtc);

    public static void Refresh(Story story, IReadOnlyCollection<StoryMember> members, IReadOnlyList<string>? keyNames, IReadOnlyList<string>? keyTerms, DateTime nowUtc)
    {
        story.ArticleCount = members.Count;
        var outlets = members.Where(a => !string.IsNullOrWhiteSpace(a.Outlet)).Select(a => a.Outlet!.Trim())
            .Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToList();
        story.OutletCount = outlets.Count + members.Count(a => string.IsNullOrWhiteSpace(a.Outlet));
        story.Outlets = Join(outlets.Take(MaxOutlets), 4000);
        story.FirstPublishedUtc = members.Min(a => a.PublishedUtc);
        story.LastPublishedUtc = members.Max(a => a.PublishedUtc);
        story.Headline = ChooseHeadline(members);
        if (keyNames is not null)
        {
            story.KeyNames = Join(keyNames, 1000);
        }

        if (keyTerms is not null)
        {
            story.KeyTerms = Join(keyTerms, 1000);
        }

        story.UpdatedUtc = nowUtc;
    }

    public static string ChooseHeadline(IReadOnlyCollection<Article> articles) => ChooseHeadline([.. articles.Select(ToMember)]);

    /// <summary>
    /// The headline whose words the other headlines share most: the most representative title
    /// rather than the first. Titles a parser had to derive from the lead lose to real ones.
    /// Linear in the number of titles, so large stories stay cheap.
    /// </summary>
    public static string ChooseHeadline(IReadOnlyCollection<StoryMember> members)
    {
        var candidates = members.Where(a => !a.TitleDerived && !string.IsNullOrWhiteSpace(a.Title)).ToList();
        if (candidates.Count == 0)
        {
            candidates = [.. members];
        }

        if (candidates.Count == 0)
        {
            return "";
        }

        var words = candidates.Select(a => Tokenizer.Words(a.Title).ToHashSet()).ToList();
        var shared = new Dictionary<string, int>();
        foreach (var set in words)
        {
            foreach (var w in set)
            {
                shared[w] = shared.GetValueOrDefault(w) + 1;
            }
        }

        var best = -1;
        var bestScore = double.NegativeInfinity;
        for (var i = 0; i < candidates.Count; i++)
        {
            // Each word scores by how many other titles use it; dividing by the root of the length
            // keeps long titles from winning by length alone.
            var set = words[i];
            var score = set.Count == 0 ? 0 : set.Sum(w => shared[w] - 1) / Math.Sqrt(set.Count);
            if (score > bestScore || (score == bestScore && candidates[i].Id < candidates[best].Id))
            {
                (best, bestScore) = (i, score);
            }
        }

        return candidates[best].Title;
    }

    private static StoryMember ToMember(Article a) => new(a.Id, a.Title, a.TitleDerived, a.Outlet, a.PublishedUtc);

    private static string Join(IEnumerable<string> parts, int maxLength)
    {
        var joined = string.Join("; ", parts);
        if (joined.Length <= maxLength)
        {
            return joined;
        }

        var cut = joined.LastIndexOf("; ", maxLength, StringComparison.Ordinal);
        return joined[..(cut > 0 ? cut : maxLength)];
    }
}
