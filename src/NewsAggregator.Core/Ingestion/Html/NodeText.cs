using System.Text;
using AngleSharp.Dom;

namespace NewsAggregator.Core.Ingestion.Html;

/// <summary>Counts gathered in one walk over an element's text.</summary>
internal readonly record struct TextStats(int Length, double LinkLength, int Commas)
{
    /// <summary>Share of the text that sits inside links; in-page anchors count less, they are often footnotes.</summary>
    public double LinkDensity => Length == 0 ? 0 : LinkLength / Length;
}

/// <summary>
/// Text of elements with whitespace collapsed. Every walk here is iterative so a deep tree cannot
/// overflow the stack, whatever limit the caller applied.
/// </summary>
internal static class NodeText
{
    /// <summary>The element's text with runs of whitespace collapsed to one space, trimmed.</summary>
    public static string Inner(INode node)
    {
        var builder = new StringBuilder();
        AppendCollapsed(node, builder);
        return builder.ToString().Trim();
    }

    /// <summary>Appends text under <paramref name="node"/> collapsing whitespace, without a leading space on an empty builder.</summary>
    public static void AppendCollapsed(INode node, StringBuilder builder)
    {
        foreach (var text in TextNodes(node))
        {
            AppendCollapsed(text.Data, builder);
        }
    }

    public static void AppendCollapsed(string data, StringBuilder builder)
    {
        var space = false;
        foreach (var c in data)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space && builder.Length > 0 && builder[^1] != ' ')
            {
                builder.Append(' ');
            }

            space = false;
            builder.Append(c);
        }

        if (space && builder.Length > 0 && builder[^1] != ' ')
        {
            builder.Append(' ');
        }
    }

    public static TextStats Stats(IElement element)
    {
        var length = 0;
        var commas = 0;
        double linkLength = 0;
        var stack = new Stack<(INode Node, double LinkWeight)>();
        stack.Push((element, element.LocalName == "a" ? LinkWeight(element) : 0));
        while (stack.Count > 0)
        {
            var (node, linkWeight) = stack.Pop();
            if (node is IText text)
            {
                var counted = CountCollapsed(text.Data, out var textCommas);
                length += counted;
                commas += textCommas;
                linkLength += counted * linkWeight;
                continue;
            }

            var children = node.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                var child = children[i];
                var weight = linkWeight;
                if (child is IElement { LocalName: "a" } anchor && weight == 0)
                {
                    weight = LinkWeight(anchor);
                }

                stack.Push((child, weight));
            }
        }

        return new TextStats(length, linkLength, commas);
    }

    /// <summary>
    /// Stats of every element under <paramref name="root"/> (and of it) in one bottom-up walk, so scoring
    /// does not re-read the same text once per ancestor.
    /// </summary>
    public static Dictionary<IElement, TextStats> StatsForAll(IElement root)
    {
        var table = new Dictionary<IElement, TextStats>();
        var stack = new Stack<(IElement Element, bool ChildrenDone)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (element, childrenDone) = stack.Pop();
            if (!childrenDone)
            {
                stack.Push((element, true));
                var children = element.ChildNodes;
                for (var i = children.Length - 1; i >= 0; i--)
                {
                    if (children[i] is IElement childElement)
                    {
                        stack.Push((childElement, false));
                    }
                }

                continue;
            }

            int length = 0, commas = 0;
            double linkLength = 0;
            var nodes = element.ChildNodes;
            for (var i = 0; i < nodes.Length; i++)
            {
                var child = nodes[i];
                if (child is IText text)
                {
                    length += CountCollapsed(text.Data, out var textCommas);
                    commas += textCommas;
                }
                else if (child is IElement childElement && table.TryGetValue(childElement, out var childStats))
                {
                    length += childStats.Length;
                    commas += childStats.Commas;
                    linkLength += childStats.LinkLength;
                }
            }

            if (element.LocalName == "a")
            {
                linkLength = length * LinkWeight(element);
            }

            table[element] = new TextStats(length, linkLength, commas);
        }

        return table;
    }

    /// <summary>All text nodes under <paramref name="node"/> in document order.</summary>
    public static IEnumerable<IText> TextNodes(INode node)
    {
        if (node is IText self)
        {
            yield return self;
            yield break;
        }

        var stack = new Stack<INode>();
        PushChildren(stack, node);
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            if (current is IText text)
            {
                yield return text;
                continue;
            }

            PushChildren(stack, current);
        }
    }

    /// <summary>Descendant elements in document order (not the element itself).</summary>
    public static IEnumerable<IElement> Descendants(INode node)
    {
        var stack = new Stack<IElement>();
        PushChildElements(stack, node);
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            yield return current;
            PushChildElements(stack, current);
        }
    }

    /// <summary>Whether any text under the node is more than whitespace; stops at the first hit.</summary>
    public static bool HasText(INode node)
    {
        foreach (var text in TextNodes(node))
        {
            if (!string.IsNullOrWhiteSpace(text.Data))
            {
                return true;
            }
        }

        return false;
    }

    // Sibling links (NextSibling and friends) search the parent's child list on every step in this DOM,
    // which turns a walk over a wide element quadratic; indexing the child list stays linear.
    private static void PushChildren(Stack<INode> stack, INode node)
    {
        var children = node.ChildNodes;
        for (var i = children.Length - 1; i >= 0; i--)
        {
            stack.Push(children[i]);
        }
    }

    private static void PushChildElements(Stack<IElement> stack, INode node)
    {
        var children = node.ChildNodes;
        for (var i = children.Length - 1; i >= 0; i--)
        {
            if (children[i] is IElement element)
            {
                stack.Push(element);
            }
        }
    }

    private static double LinkWeight(IElement anchor)
    {
        var href = anchor.GetAttribute("href");
        return href is not null && href.StartsWith('#') ? 0.3 : 1;
    }

    private static int CountCollapsed(string data, out int commas)
    {
        var count = 0;
        commas = 0;
        var inSpace = true;
        foreach (var c in data)
        {
            if (char.IsWhiteSpace(c))
            {
                if (!inSpace)
                {
                    count++;
                    inSpace = true;
                }

                continue;
            }

            inSpace = false;
            count++;
            if (c is ',' or '，' or '、' or '،' or '﹐' or '︐' or '︑' or '⸴' or '⸲' or '﹑')
            {
                commas++;
            }
        }

        return count;
    }
}
