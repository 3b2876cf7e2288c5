using NewsAggregator.Core.Clustering;

namespace NewsAggregator.Core.Tests.Clustering;

public class StoryProfileTests
{
    private static IndexedArticle Article(int id, params (int Term, float Count)[] shape) =>
        new(id, [.. shape.Select(s => s.Term)], [.. shape.Select(s => s.Count)], null);

    [Fact]
    public void TheCentroidIsTheMeanShapeWithTermsInTheOrderTheyFirstCame()
    {
        var story = new StoryProfile(0);
        var gained = new List<int>();
        story.Absorb(Article(1, (7, 0.5f), (3, 0.25f)), gained);
        story.Absorb(Article(2, (3, 0.75f), (9, 1f)), gained);

        var (terms, weights) = story.CentroidWeights();

        Assert.Equal([7, 3, 9], terms.ToArray());
        Assert.Equal([0.25f, 0.5f, 0.5f], weights.ToArray());
        Assert.Equal([7, 3, 9], gained); // each term is reported once, when the story first uses it
        Assert.Equal(0.5f, story.CentroidWeight(3));
        Assert.Equal(0f, story.CentroidWeight(4));
    }

    [Fact]
    public void ACentroidTakenBeforeAChangeIsNotReusedAfterIt()
    {
        var story = new StoryProfile(0);
        story.Absorb(Article(1, (1, 1f)));
        var before = story.CentroidWeights().Weights[0];

        // Enough new terms to make the arrays grow.
        story.Absorb(Article(2, [.. Enumerable.Range(2, 100).Select(t => (t, 1f))]));
        var (terms, weights) = story.CentroidWeights();

        Assert.Equal(1f, before);
        Assert.Equal(101, terms.Length);
        Assert.Equal(0.5f, weights[0]);
        Assert.All(weights[1..].ToArray(), w => Assert.Equal(0.5f, w));
    }

    [Fact]
    public void NamePositionsFollowTheCentroidAsItGrows()
    {
        var isName = new bool[10];
        isName[4] = isName[8] = true;
        var story = new StoryProfile(0);
        story.Absorb(Article(1, (1, 1f), (4, 1f)));
        Assert.Equal([1], story.NamePositions(isName).ToArray());

        story.Absorb(Article(2, (8, 1f), (2, 1f), (4, 1f)));

        Assert.Equal([1, 2], story.NamePositions(isName).ToArray());
    }

    [Fact]
    public void AMergeAddsTheSumsAndEmptiesTheAbsorbedStory()
    {
        var survivor = new StoryProfile(0);
        survivor.Absorb(Article(1, (1, 1f), (2, 1f)));
        var absorbed = new StoryProfile(1);
        absorbed.Absorb(Article(2, (2, 1f), (3, 1f)));
        var heldTerms = absorbed.CentroidWeights().TermArray;

        survivor.Absorb(absorbed);
        var (terms, weights) = survivor.CentroidWeights();

        Assert.Equal([1, 2, 3], terms.ToArray());
        Assert.Equal([0.5f, 1f, 0.5f], weights.ToArray());
        Assert.Equal(0, absorbed.TermCount);
        Assert.Same(survivor, absorbed.MergedInto);
        Assert.Equal([2, 3], heldTerms[..2]); // arrays handed out earlier are dropped, not overwritten
    }
}
