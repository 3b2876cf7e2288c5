using NewsAggregator.Core.Reindexing;

namespace NewsAggregator.Core.Tests.Reindexing;

public class StoryIdMatcherTests
{
    [Fact]
    public void ANewStoryWithMostOfAnOldStorysArticlesTakesItsId()
    {
        var before = new Dictionary<int, int> { [1] = 10, [2] = 10, [3] = 10, [4] = 11 };
        var after = new Dictionary<int, int> { [1] = 20, [2] = 20, [3] = 21, [4] = 22 };

        var renames = StoryIdMatcher.Match(before, after);

        Assert.Equal(10, renames[20]);
        Assert.Equal(11, renames[22]);
        Assert.False(renames.ContainsKey(21));
    }

    [Fact]
    public void AnEvenSplitKeepsNoOldId()
    {
        var before = new Dictionary<int, int> { [1] = 10, [2] = 10 };
        var after = new Dictionary<int, int> { [1] = 20, [2] = 21 };

        Assert.Empty(StoryIdMatcher.Match(before, after));
    }

    [Fact]
    public void AMergedStoryKeepsTheIdOfTheOldStoryItSharesMostWith()
    {
        var before = new Dictionary<int, int> { [1] = 10, [2] = 11, [3] = 11 };
        var after = new Dictionary<int, int> { [1] = 20, [2] = 20, [3] = 20 };

        var renames = StoryIdMatcher.Match(before, after);

        Assert.Equal(11, Assert.Single(renames).Value);
    }

    [Fact]
    public void AnIdStillWornByAnotherNewStoryIsNotHandedOver()
    {
        // Story 20 is kept by a story that already has id 20; the old story 20's majority moved to 30.
        var before = new Dictionary<int, int> { [1] = 20, [2] = 20, [3] = 20 };
        var after = new Dictionary<int, int> { [1] = 30, [2] = 30, [3] = 20, [4] = 20 };

        Assert.Empty(StoryIdMatcher.Match(before, after));
    }
}
