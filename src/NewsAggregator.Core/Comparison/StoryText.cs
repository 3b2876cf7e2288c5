namespace NewsAggregator.Core.Comparison;

/// <summary>One sentence of one report, with the content stems similarity works on.</summary>
internal sealed record StorySentence(
    int Index,
    int ArticleIndex,
    int ParagraphIndex,
    int Position,
    string Text,
    HashSet<string> Stems);

/// <summary>
/// The sentences of every report in a story, and inverse document frequencies over them, so that
/// words every report repeats ("Biden", "Ukraine") weigh less than the ones that tell sentences apart.
/// </summary>
internal sealed class StoryText
{
    private readonly Dictionary<string, double> _idf;

    public StoryText(IReadOnlyList<ComparisonInput> articles)
    {
        Articles = articles;
        var sentences = new List<StorySentence>();
        var byArticle = new List<IReadOnlyList<StorySentence>>();
        for (var a = 0; a < articles.Count; a++)
        {
            var own = new List<StorySentence>();
            var paragraphs = articles[a].Paragraphs;
            for (var p = 0; p < paragraphs.Count; p++)
            {
                foreach (var text in SentenceSplitter.Split(paragraphs[p] ?? ""))
                {
                    var sentence = new StorySentence(sentences.Count, a, p, own.Count, text, WordForms.ContentStems(text));
                    sentences.Add(sentence);
                    own.Add(sentence);
                }
            }

            byArticle.Add(own);
        }

        Sentences = sentences;
        ByArticle = byArticle;

        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var stem in sentences.SelectMany(s => s.Stems))
        {
            frequency[stem] = frequency.GetValueOrDefault(stem) + 1;
        }

        _idf = frequency.ToDictionary(kv => kv.Key, kv => Math.Log(1 + (double)sentences.Count / kv.Value), StringComparer.Ordinal);
    }

    public IReadOnlyList<ComparisonInput> Articles { get; }

    public IReadOnlyList<StorySentence> Sentences { get; }

    public IReadOnlyList<IReadOnlyList<StorySentence>> ByArticle { get; }

    /// <summary>A word's weight; a word the story never uses counts as rare.</summary>
    public double Weight(string stem) => _idf.TryGetValue(stem, out var w) ? w : Math.Log(1 + Math.Max(1, Sentences.Count));

    public double Norm(IEnumerable<string> stems) => Math.Sqrt(stems.Sum(s => Weight(s) * Weight(s)));

    /// <summary>Cosine of the two stem sets under the story's word weights.</summary>
    public double Cosine(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var dot = 0.0;
        foreach (var stem in a)
        {
            if (b.Contains(stem))
            {
                var w = Weight(stem);
                dot += w * w;
            }
        }

        return dot == 0 ? 0 : dot / (Norm(a) * Norm(b));
    }
}
