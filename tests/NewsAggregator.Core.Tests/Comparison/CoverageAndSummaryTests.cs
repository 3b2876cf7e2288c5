using NewsAggregator.Core.Comparison;

namespace NewsAggregator.Core.Tests.Comparison;

public class CoverageAndSummaryTests
{
    private static readonly string[] WireStory =
    [
        "A magnitude 6.1 earthquake struck the coastal province of Arlen early on Tuesday, cutting power to thousands of homes.",
        "The national seismology institute said the quake was centred twelve kilometres off the coast at a shallow depth.",
        "Rescue teams searched collapsed buildings in the port city of Delmar throughout the morning.",
        "Hospitals in the region reported dozens of injuries, most of them from falling debris.",
        "Authorities closed the coastal highway while engineers inspected two damaged bridges.",
    ];

    [Fact]
    public void ShowsNearCopiesOfOneWireStoryAsAlmostFullyShared()
    {
        var copy = WireStory.ToList();
        copy[2] = "Rescue teams searched collapsed buildings in the harbour city of Delmar all morning.";
        copy.Add("Local football clubs offered their stadiums as temporary shelters for families.");

        var result = StoryComparer.Compare([new ComparisonInput(1, "Wire", WireStory), new ComparisonInput(2, "Daily", copy)]);

        var wire = result.Coverage.Single(c => c.ArticleId == 1);
        Assert.Equal(1.0, wire.SharedSentenceShare);
        Assert.Equal(2, wire.ClosestArticleId);
        Assert.Empty(wire.UniqueSentences);

        var daily = result.Coverage.Single(c => c.ArticleId == 2);
        Assert.Equal(5.0 / 6, daily.SharedSentenceShare, 2);
        Assert.Equal([copy[^1]], daily.UniqueSentences);
    }

    [Fact]
    public void ListsWhatOnlyOneReportSays()
    {
        var result = StoryComparer.Compare(
        [
            new ComparisonInput(1, "Herald", [
                "A fire destroyed the old textile mill in Harwick on Saturday night.",
                "The mill had been empty since the factory closed a decade ago."]),
            new ComparisonInput(2, "Courier", [
                "Fire destroyed the old textile mill in Harwick late on Saturday night.",
                "Police are questioning two teenagers seen near the building before the blaze."]),
        ]);

        var herald = result.Coverage.Single(c => c.ArticleId == 1);
        var courier = result.Coverage.Single(c => c.ArticleId == 2);
        Assert.Equal(["The mill had been empty since the factory closed a decade ago."], herald.UniqueSentences);
        Assert.Equal(["Police are questioning two teenagers seen near the building before the blaze."], courier.UniqueSentences);
        Assert.Equal(0.5, herald.SharedSentenceShare);
    }

    [Fact]
    public void SummaryPicksTheSentenceEveryReportCarries()
    {
        var result = StoryComparer.Compare(
        [
            new ComparisonInput(1, "Herald", [
                "The city council voted to close the Elm Street bridge to heavy trucks after inspectors found corrosion.",
                "Shop owners on Elm Street worry that deliveries will take longer."]),
            new ComparisonInput(2, "Courier", [
                "Heavy trucks will be banned from the Elm Street bridge after inspectors found corrosion, the city council decided.",
                "The mayor praised the inspectors for their careful work."]),
            new ComparisonInput(3, "Post", [
                "A new bakery opened downtown on Friday with a long queue outside.",
                "After inspectors found corrosion, the council voted to close the Elm Street bridge to heavy trucks."]),
        ]);

        var first = result.Summary[0];
        Assert.Contains("Elm Street bridge", first.Text, StringComparison.Ordinal);
        Assert.Equal([1, 2, 3], first.SupportingArticleIds);
        Assert.DoesNotContain(result.Summary, s => s.Text.Contains("bakery", StringComparison.Ordinal));
    }

    [Fact]
    public void SingleReportGetsCoverageWithoutPartner()
    {
        var result = StoryComparer.Compare([new ComparisonInput(7, "Solo", WireStory)]);

        var coverage = Assert.Single(result.Coverage);
        Assert.Null(coverage.ClosestArticleId);
        Assert.Equal(0, coverage.SharedSentenceShare);
        Assert.Empty(result.Figures);
    }

    [Fact]
    public void ToleratesEmptyStoryAndMissingText()
    {
        var empty = StoryComparer.Compare([]);
        Assert.Empty(empty.Coverage);
        Assert.Empty(empty.Summary);

        var holes = StoryComparer.Compare([new ComparisonInput(1, null!, [null!, "", "A short line."]), new ComparisonInput(2, "B", [])]);
        Assert.Equal(2, holes.Coverage.Count);
        Assert.Equal("", holes.Articles[0].Label);
    }

    [Fact]
    public void RejectsRepeatedArticleIds()
    {
        var error = Assert.Throws<ArgumentException>(() => StoryComparer.Compare(
            [new ComparisonInput(1, "A", WireStory), new ComparisonInput(1, "B", WireStory)]));

        Assert.Contains("own article id", error.Message, StringComparison.Ordinal);
    }
}
