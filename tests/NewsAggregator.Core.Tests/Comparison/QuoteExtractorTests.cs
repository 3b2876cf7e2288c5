using NewsAggregator.Core.Comparison;

namespace NewsAggregator.Core.Tests.Comparison;

public class QuoteExtractorTests
{
    private static IReadOnlyList<ExtractedQuote> Extract(params string[] paragraphs) =>
        QuoteExtractor.Extract(0, paragraphs, SpeakerLexicon.Learn(paragraphs));

    [Fact]
    public void TakesSpeakerFromNameBeforeSpeechVerbAfterQuote()
    {
        var quote = Assert.Single(Extract("“We will rebuild the bridge,” Mayor Ana Lopez said on Tuesday."));

        Assert.Equal("Ana Lopez", quote.Speaker);
        Assert.Equal(["We will rebuild the bridge"], quote.Segments);
    }

    [Fact]
    public void TakesSpeakerFromNameAfterInvertedVerb()
    {
        var quote = Assert.Single(Extract("\"It was terrifying,\" said Tom Becker, who lives by the river."));

        Assert.Equal("Tom Becker", quote.Speaker);
    }

    [Fact]
    public void FindsNameBehindDescriptionAfterInvertedVerb()
    {
        var quote = Assert.Single(Extract("“She was the heart of our family,” said a tearful Charlie Kafoury outside the court."));

        Assert.Equal("Charlie Kafoury", quote.Speaker);
    }

    [Fact]
    public void TakesSpeakerFromVerbBeforeQuote()
    {
        var quote = Assert.Single(Extract("Reacting to the news, Governor Maria Silva wrote on social media, “Help is on the way.”"));

        Assert.Equal("Maria Silva", quote.Speaker);
        Assert.Equal(["Help is on the way."], quote.Segments);
    }

    [Fact]
    public void ResolvesSayingToTheSentenceSubject()
    {
        var quote = Assert.Single(Extract("Governor Maria Silva thanked the volunteers, saying, “Their courage saved lives.”"));

        Assert.Equal("Maria Silva", quote.Speaker);
    }

    [Fact]
    public void ResolvesPronounToLastNamedPerson()
    {
        var quote = Assert.Single(Extract(
            "Fire chief Daniel Okafor arrived at dawn with two crews.",
            "The warehouse was still burning when the crews arrived.",
            "“The roof could collapse at any moment,” he warned."));

        Assert.Equal("Daniel Okafor", quote.Speaker);
    }

    [Fact]
    public void JoinsQuoteSplitByAttributionAndKeepsItsSentences()
    {
        var quote = Assert.Single(Extract(
            "Mayor Ana Lopez visited the shelter.",
            "\"The water rose fast,\" Lopez said. \"We had ten minutes to leave. Nobody expected it.\""));

        Assert.Equal("Ana Lopez", quote.Speaker);
        Assert.Equal(["The water rose fast", "We had ten minutes to leave.", "Nobody expected it."], quote.Segments);
    }

    [Fact]
    public void FinishesSentenceInterruptedByAttribution()
    {
        var quote = Assert.Single(Extract("“I think,” said Tom Becker, “that the levee will hold.”"));

        Assert.Equal(["I think that the levee will hold."], quote.Segments);
    }

    [Fact]
    public void ContinuesQuoteLeftOpenIntoNextParagraph()
    {
        var quotes = Extract(
            "“We had no warning at all,” Tom Becker said. “The sirens never sounded.",
            "“By the time we saw the water, the road was gone.”");

        var quote = Assert.Single(quotes);
        Assert.Equal("Tom Becker", quote.Speaker);
        Assert.Equal(3, quote.Segments.Count);
        Assert.Equal("By the time we saw the water, the road was gone.", quote.Segments[2]);
    }

    [Fact]
    public void ClosesQuoteThatBeganInThePreviousParagraph()
    {
        var quotes = Extract(
            "\"There are very few billboards left.",
            "Most of them came down last year,\" said Maral Atayeva, a resident.",
            "The city council did not comment.");

        var quote = Assert.Single(quotes);
        Assert.Equal("Maral Atayeva", quote.Speaker);
        Assert.Equal(["There are very few billboards left.", "Most of them came down last year"], quote.Segments);
    }

    [Fact]
    public void KeepsSeparateQuotesOfDifferentSpeakersApart()
    {
        var quotes = Extract("“We are ready,” Lopez said, while Silva said: “We are not.”");

        Assert.Equal(2, quotes.Count);
        Assert.Equal(["Lopez", "Silva"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void LeavesSpeakerUnknownWithoutAttribution()
    {
        var quote = Assert.Single(Extract("The plan, a “recipe for disaster” in the eyes of many, passed anyway."));

        Assert.Null(quote.Speaker);
        Assert.Equal(["recipe for disaster"], quote.Segments);
    }
}
