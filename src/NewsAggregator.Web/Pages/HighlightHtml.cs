using Microsoft.AspNetCore.Html;
using NewsAggregator.Core.Search;

namespace NewsAggregator.Web.Pages;

/// <summary>Search highlights as HTML: every run of text encoded, matches wrapped in our own &lt;mark&gt; only.</summary>
public static class HighlightHtml
{
    public static IHtmlContent Render(IReadOnlyList<HighlightRun> runs)
    {
        var html = new HtmlContentBuilder(runs.Count * 3);
        foreach (var run in runs)
        {
            if (run.Marked)
            {
                html.AppendHtml("<mark>").Append(run.Text).AppendHtml("</mark>");
            }
            else
            {
                html.Append(run.Text);
            }
        }

        return html;
    }
}
