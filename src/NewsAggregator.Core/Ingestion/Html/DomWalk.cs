using AngleSharp.Dom;

namespace NewsAggregator.Core.Ingestion.Html;

/// <summary>Document-order stepping that tolerates removing the current element, without recursion.</summary>
internal static class DomWalk
{
    /// <summary>The element after <paramref name="current"/> in document order within <paramref name="root"/>, optionally skipping its subtree.</summary>
    public static IElement? Next(IElement current, IElement root, bool skipChildren = false)
    {
        if (!skipChildren && current.FirstElementChild is { } child)
        {
            return child;
        }

        for (var node = current; node is not null && node != root; node = node.ParentElement)
        {
            if (node.NextElementSibling is { } sibling)
            {
                return sibling;
            }
        }

        return null;
    }

    /// <summary>Removes <paramref name="current"/> and returns what came after it.</summary>
    public static IElement? RemoveAndNext(IElement current, IElement root)
    {
        var next = Next(current, root, skipChildren: true);
        current.Remove();
        return next;
    }

    public static bool HasAncestor(IElement element, string localName, int maxLevels = int.MaxValue)
    {
        var level = 0;
        for (var parent = element.ParentElement; parent is not null && level < maxLevels; parent = parent.ParentElement, level++)
        {
            if (parent.LocalName == localName)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Gives <paramref name="element"/> a new tag name, keeping its attributes and children.</summary>
    public static IElement Rename(IElement element, string localName)
    {
        var replacement = element.Owner!.CreateElement(localName);
        foreach (var attribute in element.Attributes)
        {
            try
            {
                replacement.SetAttribute(attribute.Name, attribute.Value);
            }
            catch (DomException)
            {
                // Broken pages carry attribute names the DOM API refuses to create; they carry no text.
            }
        }

        while (element.FirstChild is { } child)
        {
            replacement.AppendChild(child);
        }

        element.Parent!.ReplaceChild(replacement, element);
        return replacement;
    }
}
