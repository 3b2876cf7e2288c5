namespace NewsAggregator.Core.Comparison;

/// <summary>
/// The comparison of a story's reports: figures they disagree on, who is quoted and how each report
/// words it, what each report shares with the others or says alone, and the sentences most agree on.
/// Everything is computed within the one story, from its text only.
/// </summary>
public static class StoryComparer
{
    public static StoryComparisonResult Compare(IReadOnlyList<ComparisonInput> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        if (articles.Any(a => a is null))
        {
            throw new ArgumentException("The list of reports contains a null entry.", nameof(articles));
        }

        if (articles.Select(a => a.ArticleId).Distinct().Count() != articles.Count)
        {
            throw new ArgumentException("Each report must have its own article id.", nameof(articles));
        }

        // Tolerate holes a caller may leave (null paragraphs or labels) rather than fail mid-way.
        articles = [.. articles.Select(a => a with
        {
            Label = a.Label ?? "",
            Paragraphs = [.. (a.Paragraphs ?? []).Select(p => p ?? "")],
        })];

        var text = new StoryText(articles);
        var alignment = SentenceAlignment.Compute(text);

        var lexicon = SpeakerLexicon.Learn(articles.SelectMany(a => a.Paragraphs));
        var quotes = articles.SelectMany((a, i) => QuoteExtractor.Extract(i, a.Paragraphs, lexicon)).ToList();

        return new StoryComparisonResult(
            [.. articles.Select((a, i) => new ComparedArticle(a.ArticleId, a.Label, text.ByArticle[i].Count))],
            FigureGrouper.Group(text),
            QuoteAligner.Align(quotes, articles),
            CoverageBuilder.Build(alignment),
            SummaryBuilder.Build(alignment));
    }
}
