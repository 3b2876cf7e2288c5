using NewsAggregator.Core.Clustering;

namespace NewsAggregator.Core.Tests.Clustering;

public class StoryIndexTests
{
    private static IndexedArticle Add(StoryIndex index, int id, string text) => index.Add(id, FeatureExtractor.Extract(text, []), null);

    [Fact]
    public void PostingsListEachStoryOnceInTheOrderTheyFirstUsedTheTerm()
    {
        var index = new StoryIndex();
        var first = index.NewStory();
        var second = index.NewStory();
        var a = Add(index, 1, "Lamone river floods Ravenna");
        var b = Add(index, 2, "Lamone river floods Faenza");
        index.Join(second, b);
        index.Join(first, a);
        index.Join(first, Add(index, 3, "Lamone river rises again"));

        var river = a.Terms.Single(t => index.TermText(t) == "w:river");

        Assert.Equal([second.Number, first.Number], index.Postings(river).ToArray());
    }

    [Fact]
    public void AStoryNumberResolvesToTheStoryItWasLastMergedInto()
    {
        var index = new StoryIndex();
        var stories = Enumerable.Range(0, 4).Select(_ => index.NewStory()).ToList();
        for (var i = 0; i < stories.Count; i++)
        {
            index.Join(stories[i], Add(index, i + 1, $"Report number {i} on the Lamone river"));
        }

        var survivor = index.Merge(stories[2], stories[3]);
        survivor = index.Merge(stories[1], survivor);

        Assert.Same(stories[1], survivor);
        Assert.Equal(1, index.ResolveNumber(3));
        Assert.Equal(1, index.ResolveNumber(2));
        Assert.Equal(0, index.ResolveNumber(0));
        Assert.Same(StoryIndex.Resolve(stories[3]), index.Story(index.ResolveNumber(3)));
    }
}
