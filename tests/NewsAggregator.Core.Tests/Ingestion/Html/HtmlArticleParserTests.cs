using NewsAggregator.Core.Ingestion;
using static NewsAggregator.Core.Tests.Ingestion.Html.TestPages;

namespace NewsAggregator.Core.Tests.Ingestion.Html;

public class HtmlArticleParserTests
{
    [Fact]
    public void TakesTheArticleParagraphsAndLeavesTheChrome()
    {
        var article = ParseArticle(Page(Article()));

        Assert.Equal(BodyParagraphs, article.Paragraphs);
        Assert.DoesNotContain(article.Blocks, b => b.Text.Contains("Sport", StringComparison.Ordinal) || b.Text.Contains("rights reserved", StringComparison.Ordinal));
    }

    [Fact]
    public void ReadsJsonLdMetadataFirst()
    {
        const string head = """
            <title>Something else entirely - Courier</title>
            <meta property="og:title" content="An Open Graph title">
            <script type="application/ld+json">
            {"@context":"https://schema.org","@graph":[
              {"@type":"WebSite","name":"Courier site"},
              {"@type":"NewsArticle","headline":"Harbour bridge to close to cars",
               "author":[{"@type":"Person","name":"Ann Lee"},{"@type":"Person","name":"Raj Patel"}],
               "datePublished":"2024-11-19T08:30:00+01:00",
               "publisher":{"@type":"Organization","name":"The Northern Courier"}}]}
            </script>
            """;

        var article = ParseArticle(Page(Article(), head));

        Assert.Equal("Harbour bridge to close to cars", article.Title);
        Assert.Equal("Ann Lee, Raj Patel", article.Byline);
        Assert.Equal(new DateTimeOffset(2024, 11, 19, 7, 30, 0, TimeSpan.Zero), article.Published);
        Assert.Equal("The Northern Courier", article.Outlet);
    }

    [Fact]
    public void ReadsOpenGraphAndHeadTags()
    {
        const string head = """
            <title>Harbour bridge to close to cars | The Northern Courier</title>
            <meta property="og:title" content="Harbour bridge to close to cars, council decides">
            <meta property="og:site_name" content="The Northern Courier">
            <meta property="og:url" content="https://courier.example/news/harbour-bridge">
            <meta name="author" content="Ann Lee">
            <meta property="article:published_time" content="2024-11-19T07:30:00Z">
            <link rel="canonical" href="https://courier.example/news/harbour-bridge-close">
            """;

        var article = ParseArticle(Page(Article(), head, lang: "en-GB"));

        Assert.Equal("Harbour bridge to close to cars, council decides", article.Title);
        Assert.Equal("Ann Lee", article.Byline);
        Assert.Equal("The Northern Courier", article.Outlet);
        Assert.Equal("https://courier.example/news/harbour-bridge-close", article.Url);
        Assert.Equal("en-GB", article.Language);
        Assert.Equal(new DateTimeOffset(2024, 11, 19, 7, 30, 0, TimeSpan.Zero), article.Published);
    }

    [Theory]
    [InlineData("Harbour bridge to close to cars | The Northern Courier")]
    [InlineData("Harbour bridge to close to cars - The Northern Courier")]
    [InlineData("Harbour bridge to close to cars — Courier")]
    public void DropsTheSiteNameFromTheDocumentTitle(string title)
    {
        var article = ParseArticle(Page(Article(heading: ""), head: $"<title>{title}</title>"));

        Assert.Equal("Harbour bridge to close to cars", article.Title);
    }

    [Fact]
    public void StripsTheHeadlineAndBylineFromTheBody()
    {
        var body = Article(heading: """<h1>Harbour bridge to close to cars</h1><p class="byline">By Ann Lee</p>""");

        var article = ParseArticle(Page(body));

        Assert.Equal("Ann Lee", article.Byline);
        Assert.Equal(BodyParagraphs[0], article.Blocks[0].Text);
    }

    [Fact]
    public void DropsTheCommentsSection()
    {
        const string comments = """
            <section id="comments" class="comments">
              <h3>42 comments</h3>
              <div class="comment"><p>Typical council, always wasting our money on consultants, and nobody asks us.</p></div>
              <div class="comment"><p>I have used that bridge every day for thirty years, and it was never unsafe, in my opinion.</p></div>
            </section>
            """;

        var article = ParseArticle(Page(Article(comments)));

        Assert.Equal(BodyParagraphs, article.Paragraphs);
    }

    [Fact]
    public void DropsTheRelatedLinksBlock()
    {
        const string related = """
            <div class="related-stories">
              <h2>Related stories</h2>
              <ul>
                <li><a href="/a">Ferry operator wins contract to run harbour crossing service</a></li>
                <li><a href="/b">Hospital warns of delays for north bank patients</a></li>
                <li><a href="/c">Council budget: what the cuts mean for you</a></li>
              </ul>
            </div>
            """;

        var article = ParseArticle(Page(Article(related)));

        Assert.DoesNotContain(article.Blocks, b => b.Text.Contains("Ferry operator", StringComparison.Ordinal) || b.Text.Contains("Related", StringComparison.Ordinal));
    }

    [Fact]
    public void DropsAMostPopularBoxBesideTheArticle()
    {
        // Teasers with a sentence of their own each read like prose; the box's class gives it away.
        const string popular = """
            <section class="c-article-most-popular">
              <h2>Most Popular</h2>
              <ol>
                <li><a href="/a">Ferry operator wins contract</a><p>The company that runs the island service will take over the harbour crossing, after a tender that drew three bids.</p></li>
                <li><a href="/b">Hospital warns of delays</a><p>Patients from the north bank have been told to allow an extra hour for appointments, the trust said, while the crossing is closed.</p></li>
              </ol>
            </section>
            """;

        var article = ParseArticle(Page(Article() + popular));

        Assert.Contains(article.Blocks, b => b.Text.Contains("The mayor said", StringComparison.Ordinal));
        Assert.DoesNotContain(article.Blocks, b => b.Text.Contains("Most Popular", StringComparison.Ordinal) || b.Text.Contains("tender", StringComparison.Ordinal));
    }

    [Fact]
    public void DropsShareBarsNewsletterBoxesAndHiddenElements()
    {
        const string extra = """
            <div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
            <div class="newsletter-signup"><p>Sign up for our morning briefing, delivered every weekday.</p></div>
            <p hidden>Hidden paragraph that a reader never sees on the page at all.</p>
            <p style="display: none">Another invisible paragraph with the display none style.</p>
            <div aria-hidden="true"><p>Screen readers skip this decorative paragraph, and so should we.</p></div>
            """;

        var article = ParseArticle(Page(Article(extra)));

        Assert.Equal(BodyParagraphs, article.Paragraphs);
    }

    [Fact]
    public void MarksSubheadingsListsQuotesAndCaptions()
    {
        const string extra = """
            <h2>What happens next</h2>
            <ul><li>Cars are banned from April.</li><li>Cyclists and walkers can still cross.</li></ul>
            <blockquote><p>We cannot keep patching a bridge that is past its life.</p></blockquote>
            <figure><img src="bridge.jpg" alt=""><figcaption>The harbour bridge at dusk. Photo: Courier</figcaption></figure>
            """;

        var article = ParseArticle(Page(Article(extra)));

        Assert.Contains(new ContentBlock(BlockKind.Subheading, "What happens next"), article.Blocks);
        Assert.Contains(new ContentBlock(BlockKind.ListItem, "Cars are banned from April."), article.Blocks);
        Assert.Contains(new ContentBlock(BlockKind.Quote, "We cannot keep patching a bridge that is past its life."), article.Blocks);
        Assert.Contains(new ContentBlock(BlockKind.Caption, "The harbour bridge at dusk. Photo: Courier"), article.Blocks);
        Assert.DoesNotContain(article.Paragraphs, p => p.Contains("dusk", StringComparison.Ordinal));
    }

    [Fact]
    public void KeepsNoMarkupInTheText()
    {
        var body = Article("<p>The vote was <strong>11</strong> to <em>4</em>, with <a href=\"/x\">two abstentions</a>.</p>");

        var article = ParseArticle(Page(body));

        Assert.Contains("The vote was 11 to 4, with two abstentions.", article.Paragraphs);
        Assert.DoesNotContain(article.Blocks, b => b.Text.Contains('<', StringComparison.Ordinal));
    }

    [Fact]
    public void FindsBodyTextWrittenAsBareDivs()
    {
        var body = "<div id=\"story\">" + string.Concat(BodyParagraphs.Select(p => $"<div>{p}</div>")) + "</div>";

        var article = ParseArticle(Page(body, head: "<title>Harbour bridge to close to cars</title>"));

        Assert.Equal(BodyParagraphs, article.Paragraphs);
    }

    [Fact]
    public void TitleFallsBackToTheLeadAndSaysSo()
    {
        var article = ParseArticle(Page(Article(heading: ""), head: ""));

        Assert.True(article.TitleDerived);
        Assert.StartsWith("The city council voted", article.Title, StringComparison.Ordinal);
    }
}
