using BenchmarkDotNet.Attributes;
using NewsAggregator.Core.Clustering;

namespace NewsAggregator.Benchmarks.Clustering;

/// <summary>
/// The in-memory pieces on their own: feature extraction per article, and placing an article into
/// an index that already holds a store of generated articles. Set NA_DEV_DATA to the ecbplus-dev folder.
/// </summary>
[MemoryDiagnoser]
public class PieceBenchmarks
{
    private List<LoadedDoc> _docs = [];
    private StoryIndex _index = new();
    private ArticleTerms[] _terms = [];
    private int _next;

    [Params(2_000, 20_000)]
    public int StoreSize { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var folder = Environment.GetEnvironmentVariable("NA_DEV_DATA") ?? "/work/shared/dev-data/ecbplus-dev";
        var source = LoadedDoc.ReadFolder(Path.Combine(folder, "docs"));
        _docs = [.. EndToEnd.Generate(source, StoreSize + 2_000)];
        _terms = [.. _docs.Select(d => FeatureExtractor.Extract(d.Title, d.Paragraphs))];
        _index = new StoryIndex();
        var matcher = new StoryMatcher(_index, new ClusteringOptions());
        for (var i = 0; i < StoreSize; i++)
        {
            matcher.Place(_index.Add(i + 1, _terms[i], _docs[i].Published));
        }

        _next = StoreSize;
    }

    [Benchmark]
    public ArticleTerms Extract()
    {
        var doc = _docs[_next % _docs.Count];
        return FeatureExtractor.Extract(doc.Title, doc.Paragraphs);
    }

    [Benchmark]
    public int Place()
    {
        // Keeps placing the held-back articles; the store grows by a few thousand at most.
        var i = _next++ % _terms.Length;
        return new StoryMatcher(_index, new ClusteringOptions()).Place(_index.Add(i + 1, _terms[i], _docs[i].Published)).Story.Number;
    }
}
