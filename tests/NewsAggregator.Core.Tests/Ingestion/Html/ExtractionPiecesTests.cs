using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using NewsAggregator.Core.Ingestion;
using NewsAggregator.Core.Ingestion.Html;

namespace NewsAggregator.Core.Tests.Ingestion.Html;

/// <summary>The extraction steps one at a time, on tiny documents.</summary>
public class ExtractionPiecesTests
{
    private static readonly ExtractionPass Strict = ExtractionPass.InOrder[0];

    private static IDocument Document(string body) => new HtmlParser().ParseDocument($"<html><body>{body}</body></html>");

    [Theory]
    [InlineData("story-body", 25)]
    [InlineData("article-content", 25)]
    [InlineData("comment-list", -25)]
    [InlineData("sidebar", -25)]
    [InlineData("newsletter", -25)]
    [InlineData("most-popular", -25)]
    [InlineData("mostpopular", -25)]
    [InlineData("grid", 0)]
    public void ClassHintsWeighElements(string cls, int expected)
    {
        var element = Document($"<div class=\"{cls}\"></div>").Body!.FirstElementChild!;

        Assert.Equal(expected, ElementHints.Weight(element));
    }

    [Fact]
    public void ScorerPrefersTheContainerOfLongProse()
    {
        var prose = string.Concat(TestPages.BodyParagraphs.Select(p => $"<p>{p}</p>"));
        var links = string.Concat(Enumerable.Range(0, 8).Select(i => $"<p><a href=\"/{i}\">Another headline about something else entirely, number {i}</a></p>"));
        var document = Document($"<div id=\"a\">{links}</div><div id=\"b\">{prose}</div>");

        var scores = CandidateScorer.Score(document.Body!, Strict, NodeText.StatsForAll(document.Body!));

        var best = scores.MaxBy(s => s.Value).Key;
        Assert.Equal("b", best.Id);
    }

    [Fact]
    public void AssemblerMergesSiblingParagraphsOfTheArticle()
    {
        var prose = string.Concat(TestPages.BodyParagraphs.Select(p => $"<p>{p}</p>"));
        var document = Document($"<div><div class=\"part\">{prose}</div><p>{TestPages.BodyParagraphs[0]} It continues here.</p><div class=\"promo\"><a href=\"/x\">Subscribe now for a special price on all our journalism, today only</a></div></div>");
        var body = document.Body!;
        var stats = NodeText.StatsForAll(body);

        var content = ContentAssembler.Assemble(body, CandidateScorer.Score(body, Strict, stats), Strict, stats);
        var text = NodeText.Inner(content);

        Assert.Contains("It continues here.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Subscribe", text, StringComparison.Ordinal);
    }

    [Fact]
    public void AssemblerKeepsEveryPartOfABodySplitIntoBlocksOfOneKind()
    {
        // The opening sits in a block of its own, its paragraphs nested deeper than scores reach
        // the block, and a figure separates it from the rest: one article all the same.
        static string Deep(string inner) => $"<section><div><div><div><div><div class=\"text\"><div>{inner}</div></div></div></div></div></div></section>";
        var opening = string.Concat(TestPages.BodyParagraphs.Take(2).Select(p => $"<p>{p}</p>"));
        var rest = string.Concat(TestPages.BodyParagraphs.Skip(2).Concat(TestPages.BodyParagraphs).Select(p => $"<p>Later: {p} More follows, and more.</p>"));
        var document = Document($"<div class=\"page\"><div class=\"block\">{Deep(opening)}</div><figure><img src=\"a.jpg\"><figcaption>The bridge at dusk.</figcaption></figure><div class=\"block\">{Deep(rest)}</div><div class=\"block\"><div><a href=\"/n\">Sign up for our morning newsletter</a></div></div></div>");
        var body = document.Body!;
        var stats = NodeText.StatsForAll(body);

        var content = ContentAssembler.Assemble(body, CandidateScorer.Score(body, Strict, stats), Strict, stats);
        var text = NodeText.Inner(content);

        Assert.StartsWith(TestPages.BodyParagraphs[0], text, StringComparison.Ordinal);
        Assert.Contains(TestPages.BodyParagraphs[1], text, StringComparison.Ordinal);
        Assert.DoesNotContain("newsletter", text, StringComparison.Ordinal); // built alike, but holds no strong candidate
        Assert.Contains("Later: The mayor said a temporary ferry service would run every fifteen minutes, free of charge, until the replacement bridge opens in three years. More follows", text, StringComparison.Ordinal);
    }

    [Fact]
    public void PageCleanerRemovesHiddenAndNavigationAndTakesTheByline()
    {
        var document = Document("""<nav>Menu</nav><div role="dialog">Sign in</div><p style="visibility:hidden">x</p><span class="byline">By Ann Lee</span><p>Kept text.</p>""");

        var byline = PageCleaner.Clean(document.Body!, Strict);

        Assert.Equal("By Ann Lee", byline);
        Assert.Equal("Kept text.", NodeText.Inner(document.Body!));
    }

    [Fact]
    public void ConditionalCleaningDropsLinkListsButKeepsProse()
    {
        var document = Document($"""<div><p>{TestPages.BodyParagraphs[0]}</p><ul><li><a href="/1">One link</a></li><li><a href="/2">Two link</a></li></ul></div>""");
        var content = document.Body!.FirstElementChild!;

        ContentCleaner.Clean(content, Strict);

        Assert.Equal(TestPages.BodyParagraphs[0], NodeText.Inner(content));
    }

    [Fact]
    public void BlockCollectorSplitsOnBlocksAndDoubleBreaks()
    {
        var document = Document("<div><h3>Heading</h3>first line<br><br>second <b>bold</b> line<ul><li>item</li></ul><blockquote>said</blockquote></div>");

        var blocks = BlockCollector.Collect(document.Body!);

        Assert.Equal(
            [new(BlockKind.Subheading, "Heading"), new(BlockKind.Paragraph, "first line"), new(BlockKind.Paragraph, "second bold line"), new(BlockKind.ListItem, "item"), new ContentBlock(BlockKind.Quote, "said")],
            blocks);
    }

    [Theory]
    [InlineData("Quake hits Nepal, hundreds feared dead | The Herald", "Quake hits Nepal, hundreds feared dead")]
    [InlineData("Quake hits Nepal, hundreds feared dead - The Herald", "Quake hits Nepal, hundreds feared dead")]
    [InlineData("The Herald | Quake hits Nepal, hundreds feared dead", "Quake hits Nepal, hundreds feared dead")]
    [InlineData("Weather | The Herald", "Weather | The Herald")]
    [InlineData("Plain headline without a site name", "Plain headline without a site name")]
    public void TitleCleanerDropsTheSiteName(string title, string expected)
    {
        Assert.Equal(expected, TitleCleaner.Clean(title, []));
    }

    [Fact]
    public void JsonLdReaderSkipsBrokenScriptsAndFindsTheArticleInAGraph()
    {
        var article = JsonLdArticle.Find([
            "{ not json",
            """{"@graph":[{"@type":"Organization","name":"Org"},{"@type":["ReportageNewsArticle"],"headline":"Big news","author":"Ann Lee","datePublished":"2024-01-02"}]}""",
        ]);

        Assert.NotNull(article);
        Assert.Equal("Big news", article.Headline);
        Assert.Equal(["Ann Lee"], article.Authors);
        Assert.Equal("2024-01-02", article.DatePublished);
    }

    [Theory]
    [InlineData("By Ann Lee", "Ann Lee")]
    [InlineData("  by   Ann   Lee, ", "Ann Lee")]
    [InlineData("Par Sébastien Farcis", "Sébastien Farcis")]
    [InlineData("Bylines Editor", "Bylines Editor")]
    [InlineData("James Akinaka • 8h", "James Akinaka")]
    [InlineData("By Joshua Sokol May 20, 2019", "Joshua Sokol")]
    public void BylineCleanerDropsTheLeadInAndTimestamps(string raw, string expected)
    {
        Assert.Equal(expected, MetadataExtractor.CleanByline(raw));
    }

    [Theory]
    [InlineData("Last Updated: January 7, 2025")]
    [InlineData("Updated 3 hours ago")]
    [InlineData("—")]
    public void BylineCleanerRefusesLinesThatAreNotNames(string raw)
    {
        Assert.Null(MetadataExtractor.CleanByline(raw));
    }

    [Theory]
    [InlineData("New Zealand", "New Zealand - Wikipedia", 0.8)]
    [InlineData("constitutional monarchy in Oceania", "New Zealand - Wikipedia", 0.0)]
    public void TitleSimilarityIsTheDiceCoefficientOfWords(string a, string b, double expected)
    {
        Assert.Equal(expected, TitleCleaner.Similarity(a, b), precision: 3);
    }
}
