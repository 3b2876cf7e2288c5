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

        // Stems become integer ids and sentences arrays of them, so the inner loop touches arrays only.
        var stemIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var weights = new List<double>();
        var postings = new List<List<int>>();
        var stemsOf = new int[sentences.Count][];
        var articleOf = new int[sentences.Count];
        var norms = new double[sentences.Count];
        foreach (var sentence in sentences)
        {
            var ids = new int[sentence.Stems.Count];
            var k = 0;
            foreach (var stem in sentence.Stems)
            {
                if (!stemIds.TryGetValue(stem, out var id))
                {
                    id = stemIds[stem] = weights.Count;
                    var w = text.Weight(stem);
                    weights.Add(w * w);
                    postings.Add([]);
                }

                postings[id].Add(sentence.Index);
                norms[sentence.Index] += weights[id];
                ids[k++] = id;
            }

            stemsOf[sentence.Index] = ids;
            articleOf[sentence.Index] = sentence.ArticleIndex;
            norms[sentence.Index] = Math.Sqrt(norms[sentence.Index]);
        }

        var dots = new double[sentences.Count];
        var touched = new List<int>();
        for (var s = 0; s < sentences.Count; s++)
        {
            foreach (var id in stemsOf[s])
            {
                var w2 = weights[id];
                var list = postings[id];

                // Postings are in sentence order: each pair is scored once, from its lower index, and written both ways.
                for (var p = list.Count - 1; p >= 0 && list[p] > s; p--)
                {
                    var other = list[p];
                    if (articleOf[other] == articleOf[s])
                    {
                        continue;
                    }

                    if (dots[other] == 0)
                    {
                        touched.Add(other);
                    }

                    dots[other] += w2;
                }
            }

            foreach (var other in touched)
            {
                var cosine = dots[other] / (norms[s] * norms[other]);
                dots[other] = 0;
                Record(best, bestSentence, s, articleOf[other], other, cosine);
                Record(best, bestSentence, other, articleOf[s], s, cosine);
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
