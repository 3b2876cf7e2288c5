using System.Text;
using NewsAggregator.Core.Ingestion.Html;
using static NewsAggregator.Core.Tests.Ingestion.Html.TestPages;

namespace NewsAggregator.Core.Tests.Ingestion.Html;

/// <summary>Pages built to break the parser: each must end in a clear outcome, never a crash or a hang.</summary>
public class HostileHtmlTests
{
    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();

    [Theory]
    [InlineData("<div>", "</div>")]
    [InlineData("<div><span><a href=\"#\"><em>", "")]
    [InlineData("<ul><li>", "")]
    [InlineData("<table><tr><td>", "")]
    public void SurvivesTenThousandLevelsOfNesting(string open, string close)
    {
        var body = Repeat(open, 10_000) + string.Join(" ", BodyParagraphs) + Repeat(close, 10_000);

        var result = Parse(Page(body));

        Assert.True(result.Succeeded, result.Error);
        Assert.Contains("harbour bridge", string.Join(" ", result.Article!.Blocks.Select(b => b.Text)), StringComparison.Ordinal);
    }

    [Fact]
    public void PrefilterCapsNestingButKeepsTheText()
    {
        var html = Repeat("<div>", 5_000) + "deep text" + Repeat("</div>", 5_000);

        var limited = MarkupPrefilter.Apply(html);

        Assert.Contains("deep text", limited, StringComparison.Ordinal);
        Assert.Equal(MarkupPrefilter.MaxDepth, CountOccurrences(limited, "<div>"));
        Assert.Equal(MarkupPrefilter.MaxDepth, CountOccurrences(limited, "</div>"));
    }

    [Fact]
    public void PrefilterLeavesOrdinaryUnclosedParagraphsAlone()
    {
        var html = Repeat("<p>one more paragraph ", 1_000);

        Assert.Same(html, MarkupPrefilter.Apply(html));
    }

    [Fact]
    public void PrefilterDropsScriptsButKeepsJsonLd()
    {
        const string html = """<script>var x = "<div>";</script><style>p{}</style><script type="application/ld+json">{"@type":"NewsArticle"}</script><p>text</p>""";

        var filtered = MarkupPrefilter.Apply(html);

        Assert.DoesNotContain("var x", filtered, StringComparison.Ordinal);
        Assert.DoesNotContain("p{}", filtered, StringComparison.Ordinal);
        Assert.Contains("NewsArticle", filtered, StringComparison.Ordinal);
        Assert.Contains("<p>text</p>", filtered, StringComparison.Ordinal);
    }

    [Fact]
    public void PrefilterDropsCommentsFallbackMarkupAndNestedMenusButKeepsTheText()
    {
        const string html = """<!-- <p>old layout</p> --><p>one</p><noscript><img src="a.jpg"></noscript><template><p>card</p></template><iframe src="x">fallback</iframe><nav><ul><li><nav>Sub</nav></li><li>Menu</li></ul></nav><p>two</p>""";

        var filtered = MarkupPrefilter.Apply(html);

        Assert.Equal("<p>one</p><p>two</p>", filtered);
    }

    [Fact]
    public void HandlesATwentyMegabytePage()
    {
        var paragraph = "<p>" + string.Join(" ", BodyParagraphs) + "</p>\n";
        var body = Repeat(paragraph, 20 * 1024 * 1024 / paragraph.Length);

        var result = Parse(Page(body));

        Assert.True(result.Succeeded, result.Error);
        Assert.True(result.Article!.Paragraphs.Count() > 1000);
    }

    [Fact]
    public void RejectsAnAllScriptPage()
    {
        var html = "<html><head><script>" + Repeat("var a = 1;", 10_000) + "</script></head><body><script>document.write('<p>hello</p>')</script></body></html>";

        var result = Parse(html);

        Assert.False(result.Succeeded);
        Assert.Contains("no article found", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void RejectsAPageWithoutBody()
    {
        var result = Parse("<html><head><title>Only a head</title><meta name=\"author\" content=\"Nobody\"></head></html>");

        Assert.False(result.Succeeded);
        Assert.Contains("no article found", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadsAPageFullOfUnclosedTags()
    {
        var body = "<div class=\"story\"><h1>Harbour bridge to close</h1><p>" + string.Join("<p><div>", BodyParagraphs) + "<b><i><span>";

        var result = Parse("<html><head><title>Harbour bridge to close to cars</title><body>" + body);

        Assert.True(result.Succeeded, result.Error);
        Assert.Contains(BodyParagraphs[2], result.Article!.Paragraphs);
    }

    [Fact]
    public void RejectsBinaryDataNamedHtml()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);

        var result = new HtmlArticleParser().Parse(bytes, "photo.html");

        Assert.False(result.Succeeded);
        Assert.Contains("binary", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<div id=\"cookie-consent\"><p>We use cookies to improve your experience on our site. By continuing you agree to our use of cookies.</p><button>Accept all</button></div>")]
    [InlineData("<div class=\"overlay\"><p>This website uses cookies to personalise content and ads. You can accept all cookies or manage your preferences at any time.</p><a href=\"#\">Accept</a> <a href=\"#\">Settings</a></div>")]
    public void RejectsAPageWhoseOnlyTextIsACookieBanner(string banner)
    {
        var result = Parse($"<html><head><title>Welcome</title></head><body>{banner}</body></html>");

        Assert.False(result.Succeeded);
        Assert.Contains("no article found", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void GivesAnOutcomeForRandomTagSoup()
    {
        string[] pieces =
        [
            "<div>", "</div>", "<p>", "</p>", "<span class=\"byline\">", "</span>", "<table><tr><td>", "</td></tr></table>", "<ul><li>",
            "<a href=\"#\">", "</a>", "<script>", "</script>", "<!--", "-->", "<br>", "<h2>", "</h2>", "<blockquote>", "<figure><figcaption>",
            "<div hidden>", "<div class=\"comment\">", "<nav>", "&amp;", "&#x0;", "<", ">", "\"", " ", "text, with commas, ", "Sentence ends here. ",
            "<meta charset=\"shift_jis\">", "<svg><path d=\"M0\"></svg>", "<math><mi>x</mi></math>", "<select><option>", "<frameset>", "\u0000",
        ];
        var random = new Random(20241119);
        var parser = new HtmlArticleParser();
        for (var page = 0; page < 300; page++)
        {
            var html = new StringBuilder();
            var length = random.Next(1, 400);
            for (var i = 0; i < length; i++)
            {
                html.Append(pieces[random.Next(pieces.Length)]);
            }

            var result = parser.Parse(Encoding.UTF8.GetBytes(html.ToString()), "soup.html");

            Assert.True(result.Succeeded || !string.IsNullOrWhiteSpace(result.Error));

            // The catch-all in the parser is a safety net; reaching it here would be a bug in the rules.
            Assert.DoesNotContain("could not be read as HTML", result.Error ?? "", StringComparison.Ordinal);
        }
    }

    private static int CountOccurrences(string text, string value)
    {
        var count = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
