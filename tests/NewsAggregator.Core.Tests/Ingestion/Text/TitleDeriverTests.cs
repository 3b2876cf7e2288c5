using NewsAggregator.Core.Ingestion.Text;

namespace NewsAggregator.Core.Tests.Ingestion.Text;

public class TitleDeriverTests
{
    [Fact]
    public void TakesTheFirstSentenceOnlyAndSkipsAbbreviations()
    {
        Assert.Equal(
            "Mr. Smith met U.S. officials in Washington on Monday",
            TitleDeriver.Derive("Mr. Smith met U.S. officials in Washington on Monday. They talked for an hour."));
    }

    [Fact]
    public void PrefersAWholeClauseToACutSentence()
    {
        var title = TitleDeriver.Derive("The regional transport authority approved a plan to rebuild the northern rail bridge over the estuary on Monday, ending nearly a decade of delays and disputes over the cost of the work.");

        Assert.Equal("The regional transport authority approved a plan to rebuild the northern rail bridge over the estuary on Monday", title);
    }

    [Fact]
    public void CutsAtAWordBoundaryWithoutSplittingAName()
    {
        var title = TitleDeriver.Derive("Officials said the committee that oversees the budgets of regional harbours and ports had voted to send the request to the International Maritime Organization for review.");

        Assert.True(title.Length <= TitleDeriver.MaxLength + 1, title);
        Assert.EndsWith("…", title);
        Assert.DoesNotContain("International…", title);
        Assert.DoesNotContain("Maritime…", title);
    }

    [Fact]
    public void DoesNotSplitADecimalWrittenWithASpace()
    {
        Assert.Equal("A quake of magnitude 5. 9 hit the coast", TitleDeriver.Derive("A quake of magnitude 5. 9 hit the coast. Nobody was hurt."));
    }
}
