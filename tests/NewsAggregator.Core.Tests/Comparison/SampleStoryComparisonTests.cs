using System.Text.Json;
using NewsAggregator.Core.Comparison;

namespace NewsAggregator.Core.Tests.Comparison;

/// <summary>The five shipped reports of "Biden authorizes ATACMS strikes inside Russia", ids 0 to 4.</summary>
public class SampleStoryComparisonTests
{
    private static readonly StoryComparisonResult Result = StoryComparer.Compare(SampleStory.Load());

    [Fact]
    public void FindsTroopNumbersDisagreement()
    {
        var troops = Assert.Single(Result.Figures, g => g.Counted == "troops" && g.Values.Any(v => v.Value == 12000));

        Assert.True(troops.Disagrees);
        Assert.Equal("North Korean", troops.Modifier);
        Assert.Equal(2, troops.Values.Count);
        var high = troops.Values.Single(v => v.Value == 12000);
        Assert.Equal([0, 1, 4], high.ArticleIds.Order());
        Assert.Contains("as many as", high.Hedges);
        Assert.Contains("up to", high.Hedges);
        var low = troops.Values.Single(v => v.Value == 10000);
        Assert.Equal([2, 3], low.ArticleIds.Order());
        Assert.Equal(["estimated"], low.Hedges);
    }

    [Fact]
    public void KeepsRussianTroopsInKurskOutOfTheNorthKoreanFigure()
    {
        Assert.DoesNotContain(Result.Figures.SelectMany(g => g.Values), v => v.Value == 50000);
    }

    [Fact]
    public void FindsMissileRangeDisagreement()
    {
        var range = Assert.Single(Result.Figures, g => g.Counted == "miles");

        Assert.True(range.Disagrees);
        var short190 = range.Values.Single(v => v.Value == 190);
        Assert.Equal([3], short190.ArticleIds);
        Assert.Equal(["up to"], short190.Hedges);
        var long200 = range.Values.Single(v => v.Value == 200);
        Assert.Equal([2], long200.ArticleIds);
        Assert.Equal(["around"], long200.Hedges);
    }

    [Fact]
    public void FindsAidAmountDisagreement()
    {
        var aid = Assert.Single(Result.Figures, g => g.Counted == "$");

        Assert.Equal(["$56 billion", "$56.2 billion"], aid.Values.Select(v => v.Display).Order());
        Assert.DoesNotContain(aid.Values, v => v.Display == "$7.1 billion");
    }

    [Fact]
    public void AlignsZelenskyyQuoteAcrossFourReportsWithItsVariants()
    {
        var quote = Assert.Single(Result.Quotes, q => q.Variants.Any(v => v.Text == "The missiles will speak for themselves."));

        Assert.Contains("Zelensk", quote.Speaker, StringComparison.Ordinal);
        Assert.Equal([0, 1, 2, 4], quote.ArticleIds);
        var main = quote.Variants[0];
        Assert.Equal(QuoteVariantKind.Main, main.Kind);
        Assert.Equal("The missiles will speak for themselves.", main.Text);
        Assert.Equal([0, 1], main.ArticleIds);
        Assert.Equal([2], quote.Variants.Single(v => v.Text == "Missiles will speak for themselves.").ArticleIds);
        var paraphrase = quote.Variants.Single(v => v.Text == "The missiles will do the talking.");
        Assert.Equal(QuoteVariantKind.Paraphrase, paraphrase.Kind);
        Assert.Equal([4], paraphrase.ArticleIds);
    }

    [Fact]
    public void AlignsTheRestOfZelenskyysQuote()
    {
        var strikes = Assert.Single(Result.Quotes, q => q.Variants.Any(v => v.Text.StartsWith("Strikes are not made with words", StringComparison.Ordinal)));
        Assert.Equal([0, 1, 4], strikes.ArticleIds);
        Assert.Contains(strikes.Variants, v => v.Text.StartsWith("Actions speak louder than words", StringComparison.Ordinal));

        var announced = Assert.Single(Result.Quotes, q => q.Variants.Any(v => v.Text.StartsWith("Such things are not announced", StringComparison.Ordinal)));
        Assert.Equal([0, 4], announced.ArticleIds);
    }

    [Fact]
    public void AttributesGuterresQuoteInEveryReportThatCarriesIt()
    {
        var peace = Assert.Single(Result.Quotes, q => q.Variants.Any(v => v.Text.Contains("fair peace", StringComparison.Ordinal)));

        Assert.Equal("António Guterres", peace.Speaker);
        Assert.Equal([0, 1, 4], peace.ArticleIds);
    }

    [Fact]
    public void SummaryLeadsWithTheAuthorisationEveryReportCarries()
    {
        var lead = Result.Summary[0];

        Assert.Contains("authorized Ukraine", lead.Text, StringComparison.Ordinal);
        Assert.Equal([0, 1, 2, 3, 4], lead.SupportingArticleIds);
        Assert.InRange(Result.Summary.Count, 1, 3);
    }

    [Fact]
    public void RoundTripsThroughJson()
    {
        var json = JsonSerializer.Serialize(Result);
        var back = JsonSerializer.Deserialize<StoryComparisonResult>(json);

        Assert.NotNull(back);
        Assert.Equal(json, JsonSerializer.Serialize(back));
        Assert.Contains("\"Kind\":\"Paraphrase\"", json, StringComparison.Ordinal);
    }
}
