using AngleSharp.Dom;

namespace NewsAggregator.Core.Ingestion.Html;

/// <summary>
/// Second cleaning, inside the chosen content only: removes what sits among the paragraphs without
/// being prose (share bars, link lists, forms, image galleries, "related" boxes) judged by its make-up.
/// </summary>
internal static class ContentCleaner
{
    private const int ShareTextLimit = 500;

    private static readonly string[] ConditionalTags = ["form", "fieldset", "table", "ul", "div", "section"];

    public static void Clean(IElement content, ExtractionPass pass)
    {
        RemoveConsentNotices(content);
        RemoveShareBars(content);
        if (pass.WeighClasses)
        {
            RemoveNegativeHeadings(content);
        }

        var dataTables = FindDataTables(content);
        foreach (var tag in ConditionalTags)
        {
            CleanConditionally(content, tag, pass, dataTables);
        }

        RemoveEmptyParagraphs(content);
    }

    /// <summary>A short box about cookies with a way to accept them, whatever its class name says.</summary>
    private static void RemoveConsentNotices(IElement content)
    {
        var doomed = new List<IElement>();
        foreach (var element in NodeText.Descendants(content))
        {
            if (element.LocalName is "div" or "section" or "aside" or "form" or "dialog"
                && !doomed.Any(d => d.Contains(element))
                && NodeText.Stats(element).Length <= 600
                && BlockFilter.IsConsentNotice(NodeText.Inner(element)))
            {
                doomed.Add(element);
            }
        }

        RemoveAll(doomed);
    }

    private static void RemoveShareBars(IElement content)
    {
        var doomed = new List<IElement>();
        foreach (var element in NodeText.Descendants(content))
        {
            if (ElementHints.IsShare(ElementHints.Describe(element)) && NodeText.Stats(element).Length < ShareTextLimit)
            {
                doomed.Add(element);
            }
        }

        RemoveAll(doomed);
    }

    private static void RemoveNegativeHeadings(IElement content)
    {
        var doomed = new List<IElement>();
        foreach (var element in NodeText.Descendants(content))
        {
            if (element.LocalName is "h1" or "h2" or "h3" && ElementHints.Weight(element) < 0)
            {
                doomed.Add(element);
            }
        }

        RemoveAll(doomed);
    }

    private static void CleanConditionally(IElement content, string tag, ExtractionPass pass, HashSet<IElement> dataTables)
    {
        if (!pass.CleanConditionally)
        {
            return;
        }

        var elements = NodeText.Descendants(content).Where(e => e.LocalName == tag).ToList();

        // Innermost first, so a container is judged on what is left inside it.
        for (var i = elements.Count - 1; i >= 0; i--)
        {
            var element = elements[i];
            if (IsDetached(element, content) || dataTables.Contains(element) || InsideDataTableOrCode(element, dataTables))
            {
                continue;
            }

            if (ShouldRemove(element, tag, pass))
            {
                element.Remove();
            }
        }
    }

    private static bool ShouldRemove(IElement element, string tag, ExtractionPass pass)
    {
        var weight = pass.WeighClasses ? ElementHints.Weight(element) : 0;
        if (weight < 0)
        {
            return true;
        }

        var stats = NodeText.Stats(element);
        if (stats.Commas >= 10)
        {
            return false;
        }

        int paragraphs = 0, images = 0, items = 0, inputs = 0, embeds = 0, headingLength = 0, listLength = 0;
        foreach (var descendant in NodeText.Descendants(element))
        {
            switch (descendant.LocalName)
            {
                case "p":
                    paragraphs++;
                    break;
                case "img":
                    images++;
                    break;
                case "li":
                    items++;
                    break;
                case "input" or "select" or "textarea" or "button":
                    inputs++;
                    break;
                case "object" or "embed" or "iframe" or "video" or "audio":
                    embeds++;
                    break;
                case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                    headingLength += NodeText.Stats(descendant).Length;
                    break;
                case "ul" or "ol" when !DomWalk.HasAncestor(descendant, "li"):
                    listLength += NodeText.Stats(descendant).Length;
                    break;
                default:
                    break;
            }
        }

        var length = stats.Length;
        var isList = tag is "ul" or "ol" || length > 0 && listLength > 0.9 * length;
        if (isList && AllItemsAreImages(element))
        {
            return false;
        }

        var headingDensity = length == 0 ? 0 : (double)headingLength / length;
        var inFigure = DomWalk.HasAncestor(element, "figure");
        var linkDensity = stats.LinkDensity;

        return (images > 1 && (double)paragraphs / images < 0.5 && !inFigure)
            || (!isList && items - 100 > paragraphs)
            || (inputs > paragraphs / 3)
            || (!isList && headingDensity < 0.9 && length < 25 && (images == 0 || images > 2) && !inFigure)
            || (!isList && weight < ElementHints.ClassWeight && linkDensity > 0.2)
            || (isList && linkDensity > 0.9)
            || (weight >= ElementHints.ClassWeight && linkDensity > 0.5)
            || (embeds == 1 && length < 75)
            || embeds > 1;
    }

    private static bool AllItemsAreImages(IElement list)
    {
        var any = false;
        foreach (var item in list.Children)
        {
            if (item.LocalName != "li")
            {
                continue;
            }

            any = true;
            if (NodeText.HasText(item) || !NodeText.Descendants(item).Any(e => e.LocalName is "img" or "picture"))
            {
                return false;
            }
        }

        return any;
    }

    /// <summary>Tables that hold data (a caption, header cells, many rows) rather than page layout.</summary>
    private static HashSet<IElement> FindDataTables(IElement content)
    {
        var tables = new HashSet<IElement>();
        foreach (var table in NodeText.Descendants(content).Where(e => e.LocalName == "table"))
        {
            if (table.GetAttribute("role") == "presentation")
            {
                continue;
            }

            var rows = 0;
            var maxCells = 0;
            var nested = false;
            var headed = table.HasAttribute("summary");
            foreach (var descendant in NodeText.Descendants(table))
            {
                switch (descendant.LocalName)
                {
                    case "table":
                        nested = true;
                        break;
                    case "caption" or "thead" or "tfoot" or "colgroup" or "th":
                        headed = true;
                        break;
                    case "tr":
                        rows++;
                        maxCells = Math.Max(maxCells, descendant.Children.Count(c => c.LocalName is "td" or "th"));
                        break;
                    default:
                        break;
                }
            }

            if (!nested && (headed || rows >= 10 || maxCells > 4 || rows * maxCells > 10))
            {
                tables.Add(table);
            }
        }

        return tables;
    }

    private static bool InsideDataTableOrCode(IElement element, HashSet<IElement> dataTables)
    {
        for (var parent = element.ParentElement; parent is not null; parent = parent.ParentElement)
        {
            if (parent.LocalName is "pre" or "code" || dataTables.Contains(parent))
            {
                return true;
            }
        }

        return false;
    }

    private static void RemoveEmptyParagraphs(IElement content)
    {
        var doomed = NodeText.Descendants(content)
            .Where(e => e.LocalName == "p" && !NodeText.HasText(e) && !NodeText.Descendants(e).Any(d => d.LocalName is "img" or "picture"))
            .ToList();
        RemoveAll(doomed);
    }

    private static bool IsDetached(IElement element, IElement root)
    {
        for (var node = element; node is not null; node = node.ParentElement)
        {
            if (node == root)
            {
                return false;
            }
        }

        return true;
    }

    private static void RemoveAll(List<IElement> elements)
    {
        foreach (var element in elements)
        {
            element.Remove();
        }
    }
}
