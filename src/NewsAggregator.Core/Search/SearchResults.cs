namespace NewsAggregator.Core.Search;

/// <summary>One page of search results; <see cref="Problem"/> is set instead when the query cannot run.</summary>
public sealed record SearchResults(SearchQuery Query, int Total, int Page, int PageSize, IReadOnlyList<SearchHit> Hits)
{
    public string? Problem => Query.Problem;

    public int PageCount => Total == 0 ? 1 : (Total + PageSize - 1) / PageSize;
}

/// <summary>An article that matched, with its title and a snippet split into marked (matched) and plain runs.</summary>
public sealed record SearchHit(
    int ArticleId,
    IReadOnlyList<HighlightRun> Title,
    IReadOnlyList<HighlightRun> Snippet,
    string? Outlet,
    DateTime? PublishedUtc,
    int? StoryId,
    double Rank);

/// <summary>
/// A run of text that is either a match or not. Pages render runs as encoded text, wrapping the
/// marked ones in &lt;mark&gt;, so nothing from an article can ever become markup.
/// </summary>
public sealed record HighlightRun(string Text, bool Marked)
{
    /// <summary>Markers FTS5 puts around matches: control characters that article text never needs.</summary>
    internal const char Open = '\u0002';
    internal const char Close = '\u0003';

    internal static IReadOnlyList<HighlightRun> Split(string? highlighted)
    {
        var runs = new List<HighlightRun>();
        if (string.IsNullOrEmpty(highlighted))
        {
            return runs;
        }

        var marked = false;
        var start = 0;
        for (var i = 0; i <= highlighted.Length; i++)
        {
            if (i < highlighted.Length && highlighted[i] is not (Open or Close))
            {
                continue;
            }

            if (i > start)
            {
                runs.Add(new HighlightRun(highlighted[start..i], marked));
            }

            if (i < highlighted.Length)
            {
                marked = highlighted[i] == Open;
            }

            start = i + 1;
        }

        return runs;
    }
}
