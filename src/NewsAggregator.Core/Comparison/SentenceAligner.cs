namespace NewsAggregator.Core.Comparison;

/// <summary>
/// For every sentence, its best match in each other report by weighted cosine of content stems.
/// Candidates come from an inverted index of the story's stems, so the cost grows with shared words,
/// not with the square of the sentence count.
/// </summary>
internal sealed class SentenceAlignment
{
    private readonly double[,] _best;
    private readonly int[,] _bestSentence;

    private SentenceAlignment(StoryText text, double[,] best, int[,] bestSentence)
    {
        Text = text;
        _best = best;
        _bestSentence = bestSentence;
    }

    public StoryText Text { get; }

    /// <summary>Similarity of <paramref name="sentence"/> to its closest sentence in the report at <paramref name="articleIndex"/>.</summary>
    public double Best(StorySentence sentence, int articleIndex) => _best[sentence.Index, articleIndex];

    public StorySentence? BestMatch(StorySentence sentence, int articleIndex)
    {
        var index = _bestSentence[sentence.Index, articleIndex];
        return index < 0 ? null : Text.Sentences[index];
    }

    /// <summary>The other reports whose closest sentence reaches <paramref name="threshold"/>.</summary>
    public IEnumerable<int> SupportingArticles(StorySentence sentence, double threshold)
    {
        for (var a = 0; a < Text.Articles.Count; a++)
        {
            if (a != sentence.ArticleIndex && _best[sentence.Index, a] >= threshold)
            {
                yield return a;
            }
        }
    }

    public static SentenceAlignment Compute(StoryText text)
    {
        var sentences = text.Sentences;
        var articleCount = text.Articles.Count;
        var best = new double[sentences.Count, articleCount];
        var bestSentence = new int[sentences.Count, articleCount];
        for (var s = 0; s < sentences.Count; s++)
        {
            for (var a = 0; a < articleCount; a++)
            {
                bestSentence[s, a] = -1;
            }
        }

        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var norms = new double[sentences.Count];
        foreach (var sentence in sentences)
        {
            norms[sentence.Index] = text.Norm(sentence.Stems);
            foreach (var stem in sentence.Stems)
            {
                if (!postings.TryGetValue(stem, out var list))
                {
                    postings[stem] = list = [];
                }

                list.Add(sentence.Index);
            }
        }

        var dots = new double[sentences.Count];
        var touched = new List<int>();
        foreach (var sentence in sentences)
        {
            foreach (var stem in sentence.Stems)
            {
                var w = text.Weight(stem);
                foreach (var other in postings[stem])
                {
                    // Each pair is scored once, from its lower index, and written both ways.
                    if (other <= sentence.Index || sentences[other].ArticleIndex == sentence.ArticleIndex)
                    {
                        continue;
                    }

                    if (dots[other] == 0)
                    {
                        touched.Add(other);
                    }

                    dots[other] += w * w;
                }
            }

            foreach (var other in touched)
            {
                var cosine = dots[other] / (norms[sentence.Index] * norms[other]);
                dots[other] = 0;
                Record(best, bestSentence, sentence.Index, sentences[other].ArticleIndex, other, cosine);
                Record(best, bestSentence, other, sentence.ArticleIndex, sentence.Index, cosine);
            }

            touched.Clear();
        }

        return new SentenceAlignment(text, best, bestSentence);
    }

    private static void Record(double[,] best, int[,] bestSentence, int sentence, int article, int match, double cosine)
    {
        if (cosine > best[sentence, article])
        {
            best[sentence, article] = cosine;
            bestSentence[sentence, article] = match;
        }
    }
}
