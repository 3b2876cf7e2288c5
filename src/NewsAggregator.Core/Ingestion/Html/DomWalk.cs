using AngleSharp.Dom;

namespace NewsAggregator.Core.Ingestion.Html;

/// <summary>Small tree helpers that stay linear in this DOM, where sibling links cost a search each.</summary>
internal static class DomWalk
{
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

        MoveChildren(element, replacement);
        element.Parent!.ReplaceChild(replacement, element);
        return replacement;
    }

    /// <summary>Moves all children of <paramref name="from"/> to the end of <paramref name="to"/>, in order.</summary>
    public static void MoveChildren(INode from, INode to)
    {
        foreach (var child in from.ChildNodes.ToArray())
        {
            to.AppendChild(child);
        }
    }
}
