using NewsAggregator.Core.Comparison;

namespace NewsAggregator.Core.Tests.Comparison;

public class SentenceSplitterTests
{
    [Fact]
    public void KeepsAbbreviationsInitialsAndDecimalsInsideSentences()
    {
        var sentences = SentenceSplitter.Split(
            "The U.S. Army arrived at noon. Dr. Smith said the rate was 3.5 percent. J. R. Tolkien met Mr. Lee at 5 p.m. on Monday.");

        Assert.Equal(
            ["The U.S. Army arrived at noon.", "Dr. Smith said the rate was 3.5 percent.", "J. R. Tolkien met Mr. Lee at 5 p.m. on Monday."],
            sentences);
    }

    [Fact]
    public void EndsSentenceAfterAcronymWhenANewSentenceClearlyStarts()
    {
        var sentences = SentenceSplitter.Split("Aid came from the U.N. The shipment landed Monday.");

        Assert.Equal(["Aid came from the U.N.", "The shipment landed Monday."], sentences);
    }

    [Fact]
    public void SplitsAfterClosingQuoteButNotBeforeLowerCaseAttribution()
    {
        var sentences = SentenceSplitter.Split("“Are you safe?” she asked. “We are ready.” The crowd cheered!");

        Assert.Equal(["“Are you safe?” she asked.", "“We are ready.”", "The crowd cheered!"], sentences);
    }

    [Fact]
    public void ReturnsNothingForBlankText()
    {
        Assert.Empty(SentenceSplitter.Split("   "));
    }
}
