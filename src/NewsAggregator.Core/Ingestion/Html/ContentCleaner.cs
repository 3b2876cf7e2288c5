using AngleSharp.Dom;

namespace NewsAggregator.Core.Ingestion.Html;

/// <summary>
/// Second cleaning, inside the chosen content only: removes what sits among the paragraphs without
/// being prose (share bars, link lists, forms, image galleries, "related" boxes) judged by its make-up.
/// </summary>
internal static class ContentCleaner
{
    private const int ShareTextLimit = 500;
    private const int ConsentBoxMaxLength = 600;

    private static readonly HashSet<string> ConditionalTags = new(StringComparer.Ordinal) { "form", "fieldset", "table", "ul", "div", "section" };

    public static void Clean(IElement content, ExtractionPass pass)
    {
        var profiles = new ElementProfiles(content);
        RemoveConsentNotices(content, profiles);
        RemoveShareBars(content, profiles);
        if (pass.WeighClasses)
        {
            RemoveNegativeHeadings(content);
        }

        CleanConditionally(content, pass, FindDataTables(content), profiles);

        RemoveEmptyParagraphs(content);
    }

    /// <summary>A short box about cookies with a way to accept them, whatever its class name says.</summary>
    private static void RemoveConsentNotices(IElement content, ElementProfiles profiles)
    {
        var doomed = new List<IElement>();
        foreach (var element in NodeText.Descendants(content))
        {
            // Only the outermost small box is read, so no text is read twice.
            if (element.LocalName is "div" or "section" or "aside" or "form" or "dialog"
                && profiles[element].Length is > 0 and <= ConsentBoxMaxLength
                && (element.ParentElement is not { } parent || parent == content || profiles[parent].Length > ConsentBoxMaxLength)
                && BlockFilter.IsConsentNotice(NodeText.Inner(element)))
            {
                doomed.Add(element);
            }
        }

        doomed.ForEach(profiles.Remove);
    }

    private static void RemoveShareBars(IElement content, ElementProfiles profiles)
    {
        var doomed = new List<IElement>();
        foreach (var element in NodeText.Descendants(content))
        {
            if (ElementHints.IsShare(ElementHints.Describe(element)) && profiles[element].Length < ShareTextLimit
                && !doomed.Any(d => d.Contains(element)))
            {
                doomed.Add(element);
            }
        }

        doomed.ForEach(profiles.Remove);
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

    private static void CleanConditionally(IElement content, ExtractionPass pass, HashSet<IElement> dataTables, ElementProfiles profiles)
    {
        if (!pass.CleanConditionally)
        {
            return;
        }

        var elements = NodeText.Descendants(content).Where(e => ConditionalTags.Contains(e.LocalName)).ToList();

        // Innermost first, so a container is judged on what is left inside it.
        for (var i = elements.Count - 1; i >= 0; i--)
        {
            var element = elements[i];
            if (IsDetached(element, content) || dataTables.Contains(element) || InsideDataTableOrCode(element, dataTables))
            {
                continue;
            }

            if (ShouldRemove(element, profiles[element], pass))
            {
                profiles.Remove(element);
            }
        }
    }

    private static bool ShouldRemove(IElement element, ElementProfile profile, ExtractionPass pass)
    {
        var weight = pass.WeighClasses ? ElementHints.Weight(element) : 0;
        if (weight < 0)
        {
            return true;
        }

        if (profile.Commas >= 10)
        {
            return false;
        }

        var (paragraphs, images, items, inputs, embeds) = (profile.Paragraphs, profile.Images, profile.Items, profile.Inputs, profile.Embeds);
        var tag = element.LocalName;
        var length = profile.Length;
        var listLength = profile.ListLength;
        var headingLength = profile.HeadingLength;
        var isList = tag is "ul" or "ol" || length > 0 && listLength > 0.9 * length;
        if (isList && AllItemsAreImages(element))
        {
            return false;
        }

        var headingDensity = length == 0 ? 0 : (double)headingLength / length;
        var inFigure = DomWalk.HasAncestor(element, "figure");
        var linkDensity = profile.LinkDensity;

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
