using NewsAggregator.Core.Comparison;

namespace NewsAggregator.Core.Tests.Comparison;

public class QuoteAlignmentTests
{
    private static readonly ComparisonInput Herald = new(1, "Herald", [
        "Mayor Ana Lopez toured the flooded streets on Monday.",
        "“We will rebuild the bridge before winter,” Lopez said. “Nobody will be left behind. This town always comes back.”",
    ]);

    private static readonly ComparisonInput Courier = new(2, "Courier", [
        "The mayor, Ana Lopez, spoke to residents at the shelter.",
        "\"We'll rebuild the bridge before winter,\" she said.",
    ]);

    private static readonly ComparisonInput Post = new(3, "Post", [
        "Lopez promised help to every family.",
        "“No one will be abandoned,” Lopez told reporters. “This town always comes back.”",
    ]);

    [Fact]
    public void AlignsReworkedQuoteAndNamesItsVariants()
    {
        var result = StoryComparer.Compare([Herald, Courier, Post]);

        var group = Assert.Single(result.Quotes, q => q.Variants.Any(v => v.Text.Contains("rebuild", StringComparison.Ordinal)));
        Assert.Equal("Ana Lopez", group.Speaker);
        Assert.Equal([1, 2], group.ArticleIds);
        Assert.Equal(2, group.Variants.Count);
        Assert.Contains(group.Variants, v => v.Kind == QuoteVariantKind.Reworded && v.ArticleIds.SequenceEqual([2]));
    }

    [Fact]
    public void AlignsIdenticalSentenceFromDifferentQuotes()
    {
        var result = StoryComparer.Compare([Herald, Courier, Post]);

        var group = Assert.Single(result.Quotes, q => q.Variants.Any(v => v.Text.StartsWith("This town", StringComparison.Ordinal)));
        Assert.Equal([1, 3], group.ArticleIds);
        Assert.Equal(QuoteVariantKind.Main, Assert.Single(group.Variants).Kind);
    }

    [Fact]
    public void AlignsParaphraseThroughItsNeighbourInTheSameSpeakersQuote()
    {
        var result = StoryComparer.Compare([Herald, Courier, Post]);

        var group = Assert.Single(result.Quotes, q => q.Variants.Any(v => v.Text.StartsWith("Nobody", StringComparison.Ordinal)));
        Assert.Equal([1, 3], group.ArticleIds);
        var paraphrase = Assert.Single(group.Variants, v => v.Kind == QuoteVariantKind.Paraphrase);
        Assert.Equal("No one will be abandoned", paraphrase.Text);
        Assert.Equal([3], paraphrase.ArticleIds);
    }

    [Fact]
    public void DoesNotAlignSameWordsFromDifferentSpeakers()
    {
        var result = StoryComparer.Compare(
        [
            new ComparisonInput(1, "Herald", ["“We need far more help from the state,” Mayor Ana Lopez said."]),
            new ComparisonInput(2, "Courier", ["“We need far more help from the state,” Governor Maria Silva said."]),
        ]);

        Assert.Equal(2, result.Quotes.Count);
        Assert.All(result.Quotes, q => Assert.Single(q.ArticleIds));
    }

    [Fact]
    public void MarksQuotedFragmentAsPartial()
    {
        var result = StoryComparer.Compare(
        [
            new ComparisonInput(1, "Herald", ["Governor Maria Silva said, “We want a fair and lasting recovery for everyone.”"]),
            new ComparisonInput(2, "Courier", ["Governor Maria Silva called for a “fair and lasting recovery” for the region."]),
            new ComparisonInput(3, "Post", ["“We want a fair and lasting recovery for everyone,” Silva said."]),
        ]);

        var group = Assert.Single(result.Quotes);
        Assert.Equal([1, 2, 3], group.ArticleIds);
        Assert.Equal(QuoteVariantKind.Partial, Assert.Single(group.Variants, v => v.ArticleIds.SequenceEqual([2])).Kind);
    }
}
