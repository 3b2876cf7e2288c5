using AngleSharp.Dom;

namespace NewsAggregator.Core.Ingestion.Html;

/// <summary>
/// Makes paragraphs explicit. Many sites write body text as bare text in divs, or as divs that hold
/// only inline content; scoring counts paragraphs, so those are turned into real <c>p</c> elements first.
/// </summary>
internal static class ParagraphNormalizer
{
    // Descendants that make a div a container rather than a paragraph.
    private static readonly HashSet<string> BlockMarkers = new(StringComparer.Ordinal)
    {
        "blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul", "section", "article", "figure",
        "h1", "h2", "h3", "h4", "h5", "h6", "header", "main", "form", "hr",
    };

    private static readonly HashSet<string> Phrasing = new(StringComparer.Ordinal)
    {
        "abbr", "b", "bdi", "bdo", "br", "cite", "code", "data", "dfn", "em", "i", "kbd", "label", "mark", "q", "ruby",
        "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr", "font", "strike", "tt", "big", "a",
        "del", "ins",
    };

    public static void Normalize(IElement root)
    {
        var divs = new List<IElement>();
        foreach (var element in NodeText.Descendants(root))
        {
            if (element.LocalName == "div")
            {
                divs.Add(element);
            }
        }

        foreach (var div in divs)
        {
            if (div.Parent is null)
            {
                continue;
            }

            if (SingleParagraphChild(div) is { } paragraph && NodeText.Stats(div).LinkDensity < 0.25)
            {
                div.Parent.ReplaceChild(paragraph, div);
            }
            else if (!HasBlockDescendant(div))
            {
                DomWalk.Rename(div, "p");
            }
            else
            {
                WrapLooseText(div);
            }
        }
    }

    public static bool IsPhrasing(INode node) => node switch
    {
        IText => true,
        IElement element => Phrasing.Contains(element.LocalName),
        _ => false,
    };

    private static IElement? SingleParagraphChild(IElement div)
    {
        IElement? only = null;
        foreach (var child in div.ChildNodes)
        {
            switch (child)
            {
                case IText text when string.IsNullOrWhiteSpace(text.Data):
                    break;
                case IElement { LocalName: "p" } p when only is null:
                    only = p;
                    break;
                case IComment:
                    break;
                default:
                    return null;
            }
        }

        return only;
    }

    private static bool HasBlockDescendant(IElement div)
    {
        foreach (var descendant in NodeText.Descendants(div))
        {
            if (BlockMarkers.Contains(descendant.LocalName))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Gathers each run of text and inline elements directly inside a container into its own paragraph.</summary>
    private static void WrapLooseText(IElement div)
    {
        IElement? paragraph = null;
        foreach (var child in div.ChildNodes.ToArray())
        {
            if (IsPhrasing(child))
            {
                if (paragraph is null)
                {
                    if (child is IText text && string.IsNullOrWhiteSpace(text.Data) || child is IElement { LocalName: "br" })
                    {
                        continue;
                    }

                    paragraph = div.Owner!.CreateElement("p");
                    div.InsertBefore(paragraph, child);
                }

                paragraph.AppendChild(child);
            }
            else
            {
                paragraph = null;
            }
        }
    }
}
