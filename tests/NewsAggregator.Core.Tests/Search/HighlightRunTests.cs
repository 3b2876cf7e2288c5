using NewsAggregator.Core.Search;

namespace NewsAggregator.Core.Tests.Search;

public class HighlightRunTests
{
    [Fact]
    public void SplitsMarkedAndPlainRuns()
    {
        var runs = HighlightRun.Split("President \u0002Zelenskyy\u0003 said \u0002no\u0003.");

        Assert.Equal(
            [new("President ", false), new("Zelenskyy", true), new(" said ", false), new("no", true), new(".", false)],
            runs);
    }

    [Fact]
    public void NoMarkersIsOnePlainRun()
    {
        Assert.Equal([new HighlightRun("<b>plain</b>", false)], HighlightRun.Split("<b>plain</b>"));
        Assert.Empty(HighlightRun.Split(null));
    }
}
