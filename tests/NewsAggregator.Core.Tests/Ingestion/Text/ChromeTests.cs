using NewsAggregator.Core.Ingestion.Text;

namespace NewsAggregator.Core.Tests.Ingestion.Text;

public class ChromeTests
{
    [Theory]
    [InlineData("We use cookies on our website to give you the most relevant experience. Accept All")]
    [InlineData("Share this:")]
    [InlineData("Facebook Twitter LinkedIn WhatsApp Email")]
    [InlineData("ADVERTISEMENT")]
    [InlineData("Related: Ferry fares rise again")]
    [InlineData("READ MORE: Ferry fares rise again")]
    [InlineData("Follow Coast Courier on Google News")]
    public void RecognisesFurnitureAnywhere(string line) => Assert.True(Chrome.IsAnywhere(line));

    [Theory]
    [InlineData("© 2024 Coast Courier. All rights reserved.")]
    [InlineData("Copyright 2024 The Associated Press. All rights reserved.")]
    [InlineData("Subscribe to our newsletter for the latest news.")]
    [InlineData("Submit press release, news tips to us: tips@example.com | Follow us @Example")]
    [InlineData("Tags: harbour, budget, council")]
    [InlineData("Read More »")]
    public void RecognisesTrailingFurniture(string line) => Assert.True(Chrome.IsTrailing(line));

    [Theory]
    [InlineData("Check Also")]
    [InlineData("Leave a Reply")]
    [InlineData("You may also like")]
    public void RecognisesWhereTheArticleEnds(string line) => Assert.True(Chrome.IsCutMarker(line, out _));

    [Theory]
    [InlineData("Related Posts")]
    [InlineData("RELATED COVERAGE")]
    [InlineData("More from World")]
    public void RecognisesHeadingsOverStoryLinks(string line) => Assert.True(Chrome.IsTeaserHeading(line));

    [Theory]
    [InlineData("Home » World » Europe")]
    [InlineData("News > Politics")]
    [InlineData("Skip to main content")]
    public void RecognisesNavigationAtTheTop(string line) => Assert.True(Chrome.IsTop(line, out _));

    [Fact]
    public void ReadsTheAuthorFromAnAuthorBox()
    {
        Assert.True(Chrome.IsCutMarker("About J. Williams", out var author));
        Assert.Equal("J. Williams", author);
    }

    [Theory]
    [InlineData("The bakery said its cookies sold out within an hour of the festival opening.")]
    [InlineData("Copyright law protects the photographs, the court said.")]
    [InlineData("Share prices fell sharply on Tuesday after the announcement.")]
    [InlineData("About 300 people attended the vigil on Sunday evening.")]
    [InlineData("Related")]
    public void LeavesArticleSentencesAlone(string line)
    {
        Assert.False(Chrome.IsAnywhere(line));
        Assert.False(Chrome.IsTrailing(line) && line.Length > 10);
        Assert.False(Chrome.IsCutMarker(line, out _) && line.Length > 10);
    }

    [Fact]
    public void ReadsTheOutletFromAnAggregatorLine()
    {
        Assert.Equal("OduNews", Chrome.OutletOnAggregator("OduNews on Google News"));
        Assert.Equal("The Ledger", Chrome.OutletOnAggregator("Follow The Ledger on FLIPBOARD »"));
        Assert.Null(Chrome.OutletOnAggregator("Follow The Ledger on Twitter"));
        Assert.True(Chrome.IsTop("Site icon NJTODAY.NET", out var outlet));
        Assert.Equal("NJTODAY.NET", outlet);
    }
}
