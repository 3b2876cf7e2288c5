namespace NewsAggregator.Core.Comparison;

/// <summary>Per report: what share of it the others also say, its closest report, and what only it says.</summary>
internal static class CoverageBuilder
{
    /// <summary>Weighted cosine at which two sentences count as saying the same thing.</summary>
    public const double SharedThreshold = 0.3;

    /// <summary>Sentences with fewer content words (headings, credits) say too little to compare.</summary>
    public const int MinimumStems = 4;

    public static IReadOnlyList<ArticleCoverage> Build(SentenceAlignment alignment)
    {
        var text = alignment.Text;
        var coverage = new List<ArticleCoverage>();
        for (var a = 0; a < text.Articles.Count; a++)
        {
            var sentences = text.ByArticle[a].Where(s => s.Stems.Count >= MinimumStems).ToList();
            var perOther = new int[text.Articles.Count];
            var shared = 0;
            var words = 0;
            var sharedWords = 0;
            var unique = new List<string>();
            foreach (var sentence in sentences)
            {
                words += sentence.Stems.Count;
                var supporters = alignment.SupportingArticles(sentence, SharedThreshold).ToList();
                foreach (var other in supporters)
                {
                    perOther[other]++;
                }

                if (supporters.Count > 0)
                {
                    shared++;
                    sharedWords += sentence.Stems.Count;
                }
                else
                {
                    unique.Add(sentence.Text);
                }
            }

            int? closest = null;
            var closestCount = 0;
            for (var other = 0; other < perOther.Length; other++)
            {
                if (other != a && (closest is null || perOther[other] > closestCount))
                {
                    closest = other;
                    closestCount = perOther[other];
                }
            }

            coverage.Add(new ArticleCoverage(
                text.Articles[a].ArticleId,
                sentences.Count,
                Share(shared, sentences.Count),
                Share(sharedWords, words),
                closest is { } c ? text.Articles[c].ArticleId : null,
                Share(closestCount, sentences.Count),
                unique));
        }

        return coverage;
    }

    private static double Share(int part, int whole) => whole == 0 ? 0 : Math.Round((double)part / whole, 3);
}
