using NewsAggregator.Core.Ingestion.Text;

namespace NewsAggregator.Core.Tests.Ingestion.Text;

public class FrontMatterReaderTests
{
    [Fact]
    public void ReadsKnownKeysInAnyCaseAndSkipsUnknownOnes()
    {
        var (frontMatter, bodyStart, error) = FrontMatterReader.Read(["", "---", "TITLE: 'Quoted title'", "Outlet: Coast Courier", "tags: a, b", "LANG: en", "---", "Body"]);

        Assert.Null(error);
        Assert.Equal(7, bodyStart);
        Assert.Equal("Quoted title", frontMatter.Title);
        Assert.Equal("Coast Courier", frontMatter.Outlet);
        Assert.Equal("en", frontMatter.Language);
    }

    [Fact]
    public void ReadsADateOnlyValueAsUtcMidnight()
    {
        var (frontMatter, _, _) = FrontMatterReader.Read(["---", "published: 2024-11-17", "---"]);

        Assert.Equal(new DateTimeOffset(2024, 11, 17, 0, 0, 0, TimeSpan.Zero), frontMatter.Published);
    }

    [Fact]
    public void RejectsAUrlThatIsNotAWebAddress()
    {
        var (_, _, error) = FrontMatterReader.Read(["---", "url: file:///etc/passwd", "---"]);

        Assert.Contains("'url'", error);
    }

    [Fact]
    public void IgnoresFilesWithoutFrontMatter()
    {
        var (frontMatter, bodyStart, error) = FrontMatterReader.Read(["Headline", "", "Body: with a colon"]);

        Assert.Null(error);
        Assert.Equal(0, bodyStart);
        Assert.Same(FrontMatter.None, frontMatter);
    }
}
