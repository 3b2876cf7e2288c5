using System.Net;
using System.Text;
using NewsAggregator.Core.Ingestion;
using NewsAggregator.Core.Ingestion.Html;
using NewsAggregator.Core.Tests.Support;

namespace NewsAggregator.Core.Tests.Ingestion.Html;

/// <summary>
/// The HTML route must give the same article as the text route: a sample report, published as a real
/// page would be (navigation, share bar, related stories, comments, cookie banner, footer), has to
/// come back with exactly the report's paragraphs.
/// </summary>
public class SampleReportHtmlTests
{
    private const string SampleName = "000_52553ab48129d306.txt";

    // Where the report's own text ends and the site's author box and teasers begin.
    private const string EndOfReport = "About J. Williams";

    [Fact]
    public void HtmlVersionOfSampleReportYieldsItsParagraphs()
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "samples", SampleName))
            .Select(l => l.Trim())
            .Where(l => l.Length > 0)
            .ToList();
        var title = lines[0];
        var byline = lines[1];
        var body = lines.Skip(2).TakeWhile(l => l != EndOfReport).ToList();
        var paragraphs = body.Where(IsSentence).ToList();
        var subheadings = body.Where(l => !IsSentence(l)).ToList();
        Assert.True(paragraphs.Count > 10 && subheadings.Count > 0, "the sample changed shape");

        var article = new HtmlArticleParser().Parse(Encoding.UTF8.GetBytes(Page(title, byline, body)), "report.html").Article;

        Assert.NotNull(article);
        Assert.Equal(title, article.Title);
        Assert.Equal(byline, article.Byline);
        Assert.Equal(paragraphs, article.Paragraphs);
        Assert.Equal(subheadings, article.Blocks.Where(b => b.Kind == BlockKind.Subheading).Select(b => b.Text));
    }

    [Fact]
    public async Task HtmlVersionOfSampleReportJoinsTheStoryOfTheTextVersions()
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "samples", SampleName))
            .Select(l => l.Trim())
            .Where(l => l.Length > 0)
            .ToList();
        var page = Encoding.UTF8.GetBytes(Page(lines[0], lines[1], [.. lines.Skip(2).TakeWhile(l => l != EndOfReport)]));
        await using var store = await TestStore.CreateAsync();
        await using var db = store.NewContext();

        var outcomes = await TestStore.NewImporter(db).ImportAsync([.. TestStore.Samples(), new ImportFile("ledger-report.html", page)]);

        Assert.All(outcomes, o => Assert.Equal(ImportStatus.Imported, o.Status));
        Assert.Single(outcomes.Select(o => o.StoryId).Distinct());
    }

    /// <summary>Body lines that end like a sentence are paragraphs; the short unpunctuated ones are the report's subheadings.</summary>
    private static bool IsSentence(string line) => line[^1] is '.' or '”' or '"' or '?' or '!' or ':' or '…';

    private static string Page(string title, string byline, List<string> body)
    {
        static string E(string s) => WebUtility.HtmlEncode(s);
        var content = new StringBuilder();
        foreach (var line in body)
        {
            content.AppendLine(IsSentence(line) ? $"<p>{E(line)}</p>" : $"<h2>{E(line)}</h2>");
        }

        return $$"""
            <!DOCTYPE html>
            <html lang="en-US">
            <head>
              <meta charset="UTF-8">
              <title>{{E(title)}} - The Daily Ledger</title>
              <meta property="og:site_name" content="The Daily Ledger">
              <meta property="og:type" content="article">
              <link rel="stylesheet" href="/style.css">
              <script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);}</script>
            </head>
            <body class="single-post">
              <div id="cookie-notice" role="dialog"><p>We use cookies to give you the best experience. By using this site you accept our cookie policy.</p><button>Accept</button></div>
              <header id="masthead"><div class="logo"><a href="/">The Daily Ledger</a></div>
                <nav class="main-menu"><ul><li><a href="/politics">Politics</a></li><li><a href="/world">World</a></li><li><a href="/business">Business</a></li><li><a href="/opinion">Opinion</a></li></ul></nav>
              </header>
              <div class="container">
                <div id="primary" class="content-area">
                  <article class="post type-post">
                    <header class="entry-header">
                      <h1 class="entry-title">{{E(title)}}</h1>
                      <div class="entry-meta"><span class="byline"><a rel="author" href="/author/jwilliams">{{E(byline)}}</a></span> <time datetime="2024-11-18T09:00:00Z">November 18, 2024</time></div>
                    </header>
                    <div class="share-buttons"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">WhatsApp</a> <a href="#">Email</a></div>
                    <div class="entry-content">
                      {{content}}
                      <div class="ad-slot" id="ad-inarticle-2"><span>Advertisement</span></div>
                    </div>
                    <div class="newsletter-box"><h3>Get the morning briefing</h3><p>The day's top stories, in your inbox before breakfast.</p><input type="email"><button>Subscribe</button></div>
                    <div class="author-box"><h3>{{EndOfReport}}</h3><p>J. Williams covers national security and foreign policy for the Ledger.</p></div>
                  </article>
                  <div class="related-posts"><h3>Check Also</h3>
                    <ul><li><a href="/doj-memphis"><img src="/k.jpg" alt="Kristen Clarke">DOJ Report Reveals Excessive Force, Racial Bias in Memphis Police</a><p>A damning report released Wednesday by the U.S. Department of Justice (DOJ) concluded that the …</p></li></ul>
                  </div>
                  <div id="comments" class="comments-area"><h3 class="comment-reply-title">Leave a Reply</h3>
                    <form><textarea name="comment"></textarea><input type="submit" value="Post Comment"></form></div>
                </div>
                <aside id="secondary" class="widget-area"><section class="widget"><h2>Most read</h2><ul><li><a href="/1">Markets rally as inflation cools</a></li><li><a href="/2">Storm batters coast</a></li></ul></section></aside>
              </div>
              <footer id="colophon"><p>© 2024 The Daily Ledger. All rights reserved.</p><nav><a href="/privacy">Privacy</a> <a href="/terms">Terms</a></nav></footer>
            </body>
            </html>
            """;
    }
}
