using System.Text;
using AngleSharp.Dom;

namespace NewsAggregator.Core.Ingestion.Html;

/// <summary>
/// Reads the cleaned content as a sequence of marked text blocks: the markup is dropped, only what each
/// block is (paragraph, subheading, list item, quote, caption) survives.
/// </summary>
internal static class BlockCollector
{
    private static readonly HashSet<string> BlockElements = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "center", "dd", "details", "div", "dl", "dt", "fieldset", "figcaption",
        "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "menu", "nav",
        "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "ul", "caption", "body",
    };

    public static List<ContentBlock> Collect(IElement content)
    {
        var blocks = new List<ContentBlock>();
        var text = new StringBuilder();
        var kinds = new Stack<BlockKind>();
        kinds.Push(BlockKind.Paragraph);
        var pendingBreaks = 0;

        var stack = new Stack<(INode Node, bool Leaving)>();
        stack.Push((content, false));
        while (stack.Count > 0)
        {
            var (node, leaving) = stack.Pop();
            if (node is IText textNode)
            {
                if (pendingBreaks >= 2 && !string.IsNullOrWhiteSpace(textNode.Data))
                {
                    Flush(blocks, text, kinds.Peek());
                }

                if (!string.IsNullOrWhiteSpace(textNode.Data))
                {
                    pendingBreaks = 0;
                }

                NodeText.AppendCollapsed(textNode.Data, text);
                continue;
            }

            if (node is not IElement element)
            {
                continue;
            }

            var isBlock = BlockElements.Contains(element.LocalName);
            if (leaving)
            {
                Flush(blocks, text, kinds.Peek());
                kinds.Pop();
                pendingBreaks = 0;
                continue;
            }

            if (element.LocalName == "br")
            {
                pendingBreaks++;
                text.Append(' ');
                continue;
            }

            if (isBlock)
            {
                Flush(blocks, text, kinds.Peek());
                pendingBreaks = 0;
                kinds.Push(KindInside(element, kinds.Peek()));
                stack.Push((element, true));
            }

            var children = element.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                stack.Push((children[i], false));
            }
        }

        Flush(blocks, text, BlockKind.Paragraph);
        return blocks;
    }

    private static BlockKind KindInside(IElement element, BlockKind outer) => element.LocalName switch
    {
        "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => BlockKind.Subheading,
        "li" or "dd" or "dt" => outer == BlockKind.Quote ? BlockKind.Quote : BlockKind.ListItem,
        "blockquote" => BlockKind.Quote,
        "figcaption" or "caption" => BlockKind.Caption,
        _ => outer,
    };

    private static void Flush(List<ContentBlock> blocks, StringBuilder text, BlockKind kind)
    {
        var value = text.ToString().Trim();
        text.Clear();
        if (value.Length > 0)
        {
            blocks.Add(new ContentBlock(kind, value));
        }
    }
}
