namespace NewsAggregator.Core.Comparison;

/// <summary>
/// Picks the sentences most reports agree on: ranked by how many other reports carry a matching
/// sentence, then by how closely they match (centrality), skipping near-repeats of a chosen one, and
/// shown in the order the reports tend to tell them.
/// </summary>
internal static class SummaryBuilder
{
    /// <summary>Looser than coverage: reworded versions of one fact should still count as support.</summary>
    public const double SupportThreshold = 0.35;

    private const int MaxSentences = 3;
    private const int MinimumStems = 6;
    private const int MaximumStems = 40;
    private const double RepeatThreshold = 0.35;

    public static IReadOnlyList<SummarySentence> Build(SentenceAlignment alignment)
    {
        var text = alignment.Text;
        var candidates = text.Sentences
            .Where(IsSummaryMaterial)
            .Select(s => new Candidate(
                s,
                alignment.SupportingArticles(s, SupportThreshold).ToList(),
                Enumerable.Range(0, text.Articles.Count).Where(a => a != s.ArticleIndex).Sum(a => alignment.Best(s, a))))
            .OrderByDescending(c => c.Supporters.Count)
            .ThenByDescending(c => c.Centrality)
            .ThenBy(c => c.Sentence.Index)
            .ToList();

        var chosen = new List<Candidate>();
        var needed = text.Articles.Count > 1 ? 1 : 0;
        foreach (var candidate in candidates)
        {
            if (chosen.Count == MaxSentences || candidate.Supporters.Count < needed)
            {
                break;
            }

            // A third sentence only when it is nearly as widely reported as the ones before it.
            if (chosen.Count == 2 && candidate.Supporters.Count < chosen[0].Supporters.Count - 1)
            {
                break;
            }

            if (chosen.Any(c => text.Cosine(c.Sentence.Stems, candidate.Sentence.Stems) >= RepeatThreshold))
            {
                continue;
            }

            chosen.Add(candidate);
        }

        // No sentence shared by two reports: the most central one still says what the story is about.
        if (chosen.Count == 0 && candidates.Count > 0)
        {
            chosen.Add(candidates[0]);
        }

        return chosen
            .OrderBy(c => RelativePosition(alignment, c))
            .Select(c => new SummarySentence(
                c.Sentence.Text,
                text.Articles[c.Sentence.ArticleIndex].ArticleId,
                [.. new[] { c.Sentence.ArticleIndex }.Concat(c.Supporters).Order().Select(a => text.Articles[a].ArticleId)]))
            .ToList();
    }

    /// <summary>
    /// A sentence fit to summarise: enough words (not counting numbers, so datelines and "last
    /// updated" stamps drop out), a capital or digit at its start (not a fragment), and not a quote,
    /// since a summary should state what happened rather than what someone said.
    /// </summary>
    private static bool IsSummaryMaterial(StorySentence sentence)
    {
        var words = sentence.Stems.Count(s => char.IsLetter(s[0]));
        var first = sentence.Text[0];
        return words >= MinimumStems && sentence.Stems.Count <= MaximumStems
            && (char.IsUpper(first) || char.IsDigit(first));
    }

    /// <summary>Where in the reports this fact tends to appear, 0 at the top and 1 at the end.</summary>
    private static double RelativePosition(SentenceAlignment alignment, Candidate candidate)
    {
        var text = alignment.Text;
        var positions = new List<double> { Position(text, candidate.Sentence) };
        foreach (var a in candidate.Supporters)
        {
            if (alignment.BestMatch(candidate.Sentence, a) is { } match)
            {
                positions.Add(Position(text, match));
            }
        }

        return positions.Average();
    }

    private static double Position(StoryText text, StorySentence sentence) =>
        (double)sentence.Position / Math.Max(1, text.ByArticle[sentence.ArticleIndex].Count);

    private sealed record Candidate(StorySentence Sentence, IReadOnlyList<int> Supporters, double Centrality);
}
