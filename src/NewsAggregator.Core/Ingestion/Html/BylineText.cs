using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace NewsAggregator.Core.Ingestion.Html;

/// <summary>
/// The text of a byline element without the parts that sit beside the name: a job title, a date, a
/// short biography. Publishers mark those up as children of the byline ("author-title", "byline__role",
/// a time element), so the markup says what the text alone cannot ("Ann Lee Games Editor").
/// </summary>
internal static partial class BylineText
{
    public static string Of(IElement element)
    {
        var builder = new StringBuilder();
        var stack = new Stack<INode>();
        stack.Push(element);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node is IText text)
            {
                NodeText.AppendCollapsed(text.Data, builder);
                continue;
            }

            if (node != element && node is IElement child && IsBesideTheName(child))
            {
                // Keep the words on either side apart once the aside is gone.
                NodeText.AppendCollapsed(" ", builder);
                continue;
            }

            var children = node.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                stack.Push(children[i]);
            }
        }

        return builder.ToString().Trim();
    }

    private static bool IsBesideTheName(IElement element) =>
        element.LocalName == "time" || (ElementHints.Describe(element) is { Length: > 0 } description && Aside().IsMatch(description));

    [GeneratedRegex(@"title|role|job|position|bio\b|biography|date|time|updated|published", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Aside();
}
