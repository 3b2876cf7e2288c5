using NewsAggregator.Core.Comparison;

namespace NewsAggregator.Core.Tests.Comparison;

public class FigureComparisonTests
{
    [Fact]
    public void GroupsSameQuantityAcrossReportsAndFlagsDifferentValues()
    {
        var result = StoryComparer.Compare(
        [
            new ComparisonInput(1, "Herald", ["As many as 1,200 residents were evacuated from Riverton after the dam failed on Sunday."]),
            new ComparisonInput(2, "Courier", ["Officials evacuated an estimated 1,000 residents of Riverton when the dam gave way."]),
            new ComparisonInput(3, "Post", [
                "Some 1,200 Riverton residents fled after the dam burst.",
                "Separately, a storm cut power to 6,000 residents of the county on Monday."]),
        ]);

        var group = Assert.Single(result.Figures, g => g.Counted == "residents" && g.Values.Any(v => v.Value == 1000));
        Assert.True(group.Disagrees);
        Assert.Equal(2, group.Values.Count);

        var twelveHundred = group.Values[0];
        Assert.Equal(1200, twelveHundred.Value);
        Assert.Equal([1, 3], twelveHundred.ArticleIds);
        Assert.Equal(["as many as", "some"], twelveHundred.Hedges);

        var thousand = group.Values[1];
        Assert.Equal([2], thousand.ArticleIds);
        Assert.Equal(["estimated"], thousand.Hedges);

        Assert.DoesNotContain(result.Figures.SelectMany(g => g.Values), v => v.Value == 6000);
    }

    [Fact]
    public void SameValueInSeveralReportsIsNotADisagreement()
    {
        var result = StoryComparer.Compare(
        [
            new ComparisonInput(1, "Herald", ["The quake killed at least eight people in the coastal town of Marlow."]),
            new ComparisonInput(2, "Courier", ["At least eight people died when the quake hit Marlow."]),
        ]);

        var group = Assert.Single(result.Figures);
        Assert.False(group.Disagrees);
        Assert.Equal([1, 2], Assert.Single(group.Values).ArticleIds);
    }

    [Fact]
    public void KeepsQuantitiesWithDifferentModifiersApart()
    {
        var result = StoryComparer.Compare(
        [
            new ComparisonInput(1, "Herald", ["About 1,100 Russian troops crossed the river near the border town."]),
            new ComparisonInput(2, "Courier", ["About 1,000 Ukrainian troops crossed the river near the border town."]),
        ]);

        Assert.DoesNotContain(result.Figures, g => g.Disagrees);
    }

    [Fact]
    public void LinksBareNumberToModifiedOneWhenSentenceNamesTheModifier()
    {
        var result = StoryComparer.Compare(
        [
            new ComparisonInput(1, "Herald", ["Up to 900 Canadian firefighters joined the effort in the valley."]),
            new ComparisonInput(2, "Courier", ["Canada has sent roughly 800 firefighters to the valley to help."]),
        ]);

        var group = Assert.Single(result.Figures);
        Assert.True(group.Disagrees);
        Assert.Equal("Canadian", group.Modifier);
        Assert.Equal([800.0, 900.0], group.Values.Select(v => v.Value).Order());
    }

    [Fact]
    public void GroupsMoneyByAmountNotByEveryDollarFigure()
    {
        var result = StoryComparer.Compare(
        [
            new ComparisonInput(1, "Herald", ["The fund has paid out more than $4.5 billion in flood relief since the levee broke."]),
            new ComparisonInput(2, "Courier", [
                "Flood relief from the fund now totals $4.6 billion, officials said.",
                "A further $300 million remains for repairs to schools."]),
        ]);

        var group = Assert.Single(result.Figures);
        Assert.Equal("$", group.Counted);
        Assert.Equal(["$4.5 billion", "$4.6 billion"], group.Values.Select(v => v.Display).Order());
    }
}
