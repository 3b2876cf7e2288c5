using NewsAggregator.Core.Ingestion.Html;
using static NewsAggregator.Core.Tests.Ingestion.Html.TestPages;

namespace NewsAggregator.Core.Tests.Ingestion.Html;

/// <summary>One small page per byline rule: where the writer's name is found, and what is trimmed off it.</summary>
public class BylineTests
{
    [Fact]
    public void FollowsAJsonLdAuthorReferenceToThePersonInTheGraph()
    {
        const string head = """
            <script type="application/ld+json">
            {"@context":"https://schema.org","@graph":[
              {"@type":"NewsArticle","headline":"Harbour bridge to close to cars","author":{"@id":"https://courier.example/#/person/7"}},
              {"@type":"Person","@id":"https://courier.example/#/person/7","name":"Ann Lee"}]}
            </script>
            """;

        Assert.Equal("Ann Lee", ParseArticle(Page(Article(), head)).Byline);
    }

    [Fact]
    public void FindsTheArticleAsTheMainEntityOfAJsonLdWebPage()
    {
        const string head = """
            <script type="application/ld+json">
            {"@type":"WebPage","name":"Courier","mainEntity":{"@type":"NewsArticle","headline":"Harbour bridge to close to cars","author":{"@type":"Person","name":"Ann Lee"}}}
            </script>
            """;

        Assert.Equal("Ann Lee", ParseArticle(Page(Article(), head)).Byline);
    }

    [Fact]
    public void JoinsGivenAndFamilyNamesWhenAJsonLdPersonHasNoName()
    {
        const string head = """
            <script type="application/ld+json">
            {"@type":"NewsArticle","headline":"Harbour bridge to close to cars",
             "author":[{"@type":"Person","givenName":"Ann","familyName":"Lee"},{"@type":"Person","name":"Raj Patel"}]}
            </script>
            """;

        Assert.Equal("Ann Lee, Raj Patel", ParseArticle(Page(Article(), head)).Byline);
    }

    [Fact]
    public void PrefersTheVisibleBylineToAJsonLdCreatorAccountName()
    {
        const string head = """
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour bridge to close to cars","creator":"user4711"}</script>
            """;
        var body = Article(heading: """<h1>Harbour bridge to close to cars</h1><span class="author-name">Ann Lee</span>""");

        Assert.Equal("Ann Lee", ParseArticle(Page(body, head)).Byline);
    }

    [Fact]
    public void FallsBackToTheJsonLdCreatorWhenThePageShowsNoByline()
    {
        const string head = """
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour bridge to close to cars","creator":["Ann Lee"]}</script>
            """;

        Assert.Equal("Ann Lee", ParseArticle(Page(Article(), head)).Byline);
    }

    [Fact]
    public void ReadsTheOpenGraphArticleAuthorTag()
    {
        const string head = """<meta property="og:article:author" content="Ann Lee">""";

        Assert.Equal("Ann Lee", ParseArticle(Page(Article(), head)).Byline);
    }

    [Fact]
    public void NamesEveryAuthorOfRepeatedAuthorTags()
    {
        const string head = """<meta name="author" content="Ann Lee"><meta name="author" content="Raj Patel"><meta name="author" content="Ann Lee">""";

        Assert.Equal("Ann Lee, Raj Patel", ParseArticle(Page(Article(), head)).Byline);
    }

    [Fact]
    public void SeparatesSurnameFirstAuthorsWithSemicolons()
    {
        const string head = """<meta name="DC.Creator" content="Lee, Ann"><meta name="DC.Creator" content="Patel, Raj">""";

        Assert.Equal("Lee, Ann; Patel, Raj", ParseArticle(Page(Article(), head)).Byline);
    }

    [Fact]
    public void PrefersTheDublinCorePropertyToANameTagOfTheSameKeyWithoutJoiningThem()
    {
        const string head = """<meta name="DC.creator" content="Raj Patel"><meta name="DC.creator" content="Sam Okafor"><meta property="dc:creator" content="Ann Lee"><meta name="DC.creator" content="Raj Patel">""";

        Assert.Equal("Ann Lee", ParseArticle(Page(Article(), head)).Byline);
    }

    [Fact]
    public void LeavesTheJobTitleAndDateInsideABylineElementOut()
    {
        var body = Article(heading: """
            <h1>Harbour bridge to close to cars</h1>
            <div class="author"><a href="/author/ann-lee">Ann Lee</a><div class="author-title">Transport Editor</div><time datetime="2024-11-19">19 November 2024</time></div>
            """);

        Assert.Equal("Ann Lee", ParseArticle(Page(body)).Byline);
    }

    [Fact]
    public void LeavesTheJobTitleOfARelAuthorElementOut()
    {
        var body = Article(heading: """
            <h1>Harbour bridge to close to cars</h1>
            <p><a rel="author" href="/author/ann-lee">Ann Lee <span class="role">Transport Editor</span></a></p>
            """);

        Assert.Equal("Ann Lee", ParseArticle(Page(body)).Byline);
    }

    [Fact]
    public void TakesEveryWriterFromTheBylineAroundTwoAuthorLinks()
    {
        var body = Article(heading: """
            <h1>Harbour bridge to close to cars</h1>
            <p class="byline">By <a rel="author" href="/author/ann-lee">Ann Lee</a> and <a rel="author" href="/author/raj-patel">Raj Patel</a></p>
            """);

        var article = ParseArticle(Page(body));

        Assert.Equal("Ann Lee and Raj Patel", article.Byline);
        Assert.Equal(BodyParagraphs[0], article.Blocks[0].Text);
    }

    [Fact]
    public void KeepsTheAgencyTheBylineCreditsAfterTheAuthorLink()
    {
        var body = Article(heading: """
            <h1>Harbour bridge to close to cars</h1>
            <div class="article-byline">By <a rel="author" href="/author/ann-lee">Ann Lee</a>, Reuters</div>
            """);

        Assert.Equal("Ann Lee, Reuters", ParseArticle(Page(body)).Byline);
    }

    [Theory]
    [InlineData("""<div class="byline">By <a rel="author" href="/author/ann-lee">Ann Lee</a> updated 3 hours ago</div>""")]
    [InlineData("""<div class="byline"><a rel="author" href="/author/ann-lee">Ann Lee</a> is our transport editor.</div>""")]
    [InlineData("""<div class="byline">Photos by Raj Patel, words by <a rel="author" href="/author/ann-lee">Ann Lee</a></div>""")]
    public void KeepsToTheLinkedNameWhenTheBylineAroundItSaysSomethingElse(string byline)
    {
        var body = Article(heading: "<h1>Harbour bridge to close to cars</h1>" + byline);

        Assert.Equal("Ann Lee", ParseArticle(Page(body)).Byline);
    }

    [Fact]
    public void TakesAPlainByLineUnderTheHeadlineWhenNothingElseNamesTheWriter()
    {
        var body = Article(heading: """<h1>Harbour bridge to close to cars</h1><p>By Ann Lee and Raj Patel</p>""");

        var article = ParseArticle(Page(body));

        Assert.Equal("Ann Lee and Raj Patel", article.Byline);
        Assert.Equal(BodyParagraphs[0], article.Blocks[0].Text);
    }

    [Fact]
    public void DoesNotTakeASentenceThatStartsWithByForAByline()
    {
        var body = Article(heading: """<h1>Harbour bridge to close to cars</h1><p>By Monday the council had voted.</p>""");

        var article = ParseArticle(Page(body));

        Assert.Null(article.Byline);
        Assert.Equal("By Monday the council had voted.", article.Blocks[0].Text);
    }

    [Theory]
    [InlineData("Ann Lee, Staff Writer", "Ann Lee")]
    [InlineData("By Ann Lee - Senior Political Correspondent", "Ann Lee")]
    [InlineData("Ann Lee, Raj Patel, Contributing Writers", "Ann Lee, Raj Patel")]
    [InlineData("Ann Lee and", "Ann Lee")]
    [InlineData("Lucas Nolan 651", "Lucas Nolan")]
    [InlineData("Brenda Goodman, MA", "Brenda Goodman, MA")]
    public void BylineCleanerDropsJobTitlesCountersAndDanglingConjunctions(string raw, string expected)
    {
        Assert.Equal(expected, MetadataExtractor.CleanByline(raw));
    }

    [Theory]
    [InlineData("Ann Lee, The Northern Courier", "Ann Lee")]
    [InlineData("By Ann Lee The Northern Courier", "Ann Lee")]
    [InlineData("Ann Lee for The Northern Courier", "Ann Lee")]
    [InlineData("The Northern Courier", "The Northern Courier")]
    [InlineData("Ann Lee of TheThe Northern Courier", "Ann Lee of TheThe Northern Courier")]
    public void BylineCleanerDropsTheOutletRunOnAfterTheName(string raw, string expected)
    {
        Assert.Equal(expected, MetadataExtractor.CleanByline(raw, "The Northern Courier"));
    }
}
