using System.Text;
using NewsAggregator.Core.Ingestion;
using NewsAggregator.Core.Ingestion.Html;

namespace NewsAggregator.Core.Tests.Ingestion.Html;

/// <summary>Builds small but realistic pages around an article body, with the usual site chrome.</summary>
internal static class TestPages
{
    public static readonly string[] BodyParagraphs =
    [
        "The city council voted on Tuesday, after a long and heated debate, to close the old harbour bridge to cars from next spring.",
        "Engineers had warned for years that the steel supports, built in 1962, were corroding faster than expected, and that repairs would cost more than a new crossing.",
        "Residents on the north bank, who rely on the bridge to reach the hospital, said the council had not explained how buses and ambulances would get across.",
        "The mayor said a temporary ferry service would run every fifteen minutes, free of charge, until the replacement bridge opens in three years.",
    ];

    public static string Page(string body, string head = "<title>Harbour bridge to close to cars | The Northern Courier</title>", string lang = "en") =>
        $"""
        <!DOCTYPE html>
        <html lang="{lang}">
        <head><meta charset="utf-8">{head}</head>
        <body>
        <header class="site-header"><a href="/">The Northern Courier</a></header>
        <nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav>
        <main>{body}</main>
        <footer class="site-footer"><p>© The Northern Courier. All rights reserved. Contact us, advertise with us, terms of use.</p></footer>
        </body>
        </html>
        """;

    public static string Article(string extra = "", string heading = "<h1>Harbour bridge to close to cars</h1>") =>
        $"""
        <article class="story">
        {heading}
        {string.Concat(BodyParagraphs.Select(p => $"<p>{p}</p>\n"))}
        {extra}
        </article>
        """;

    public static ParseResult Parse(string html) => new HtmlArticleParser().Parse(Encoding.UTF8.GetBytes(html), "page.html");

    public static ParsedArticle ParseArticle(string html)
    {
        var result = Parse(html);
        Assert.True(result.Succeeded, result.Error);
        return result.Article!;
    }
}
