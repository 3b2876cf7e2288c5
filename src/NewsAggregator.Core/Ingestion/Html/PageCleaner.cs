using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace NewsAggregator.Core.Ingestion.Html;

/// <summary>
/// First cleaning, over the whole page before any scoring: drops what is never article text (scripts,
/// hidden elements, navigation, consent banners, the byline line) so it cannot earn a score.
/// </summary>
internal static partial class PageCleaner
{
    private static readonly HashSet<string> NeverContent = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "svg", "iframe", "object", "embed", "canvas", "input", "select",
        "textarea", "button", "link", "meta", "dialog", "nav", "aside", "footer", "frame", "frameset", "applet", "audio", "video", "map",
    };

    private static readonly HashSet<string> UnlikelyRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog", "banner", "contentinfo", "search",
    };

    private static readonly HashSet<string> KeptEvenIfUnlikely = new(StringComparer.Ordinal)
    {
        "html", "body", "a", "main", "article",
    };

    private static readonly HashSet<string> EmptyRemovable = new(StringComparer.Ordinal)
    {
        "div", "section", "header", "h1", "h2", "h3", "h4", "h5", "h6",
    };

    /// <summary>Cleans <paramref name="body"/> in place and returns the byline line it took out, if any.</summary>
    public static string? Clean(IElement body, ExtractionPass pass)
    {
        RemoveComments(body);
        string? byline = null;

        // Pre-order walk; a removed element's subtree is simply never visited.
        var stack = new Stack<IElement>();
        PushChildren(stack, body);
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            if (ShouldRemove(current, pass, ref byline))
            {
                current.Remove();
                continue;
            }

            PushChildren(stack, current);
        }

        return byline;
    }

    private static bool ShouldRemove(IElement current, ExtractionPass pass, ref string? byline)
    {
        var name = current.LocalName;
        if (NeverContent.Contains(name))
        {
            return true;
        }

        // Most elements carry no attributes at all; every rule below but the last reads one.
        if (current.Attributes.Length == 0)
        {
            return IsEmptyContainer(current, name);
        }

        if (IsHidden(current) || HasUnlikelyRole(current))
        {
            return true;
        }

        var description = ElementHints.Describe(current);
        if (ElementHints.IsChrome(description) && !KeptEvenIfUnlikely.Contains(name))
        {
            return true;
        }

        if (byline is null && IsBylineElement(current, description, out var text))
        {
            byline = text;
            return true;
        }

        if (pass.StripUnlikely && ElementHints.IsUnlikely(description) && !KeptEvenIfUnlikely.Contains(name)
            && !DomWalk.HasAncestor(current, "table") && !DomWalk.HasAncestor(current, "pre") && !DomWalk.HasAncestor(current, "code"))
        {
            return true;
        }

        return IsEmptyContainer(current, name);
    }

    private static bool IsEmptyContainer(IElement element, string name) =>
        EmptyRemovable.Contains(name) && !NodeText.HasText(element) && !HasMedia(element);

    private static void PushChildren(Stack<IElement> stack, IElement element)
    {
        var children = element.ChildNodes;
        for (var i = children.Length - 1; i >= 0; i--)
        {
            if (children[i] is IElement child)
            {
                stack.Push(child);
            }
        }
    }

    public static bool IsHidden(IElement element)
    {
        if (element.HasAttribute("hidden"))
        {
            return true;
        }

        if (string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase)
            && !(element.GetAttribute("class")?.Contains("fallback-image", StringComparison.Ordinal) ?? false))
        {
            return true;
        }

        var style = element.GetAttribute("style");
        return style is not null && HiddenStyle().IsMatch(style);
    }

    private static bool HasUnlikelyRole(IElement element)
    {
        if (string.Equals(element.GetAttribute("aria-modal"), "true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var role = element.GetAttribute("role");
        return role is not null && UnlikelyRoles.Contains(role.Trim());
    }

    private static bool IsBylineElement(IElement element, string description, out string text)
    {
        text = "";
        var rel = element.GetAttribute("rel");
        var itemprop = element.GetAttribute("itemprop");
        var looksLikeByline = string.Equals(rel, "author", StringComparison.OrdinalIgnoreCase)
            || (itemprop?.Contains("author", StringComparison.OrdinalIgnoreCase) ?? false)
            || ElementHints.IsByline(description);
        if (!looksLikeByline || element.LocalName is "body" or "html" or "article" or "main")
        {
            return false;
        }

        text = BylineText.Of(element);
        return text.Length is > 0 and < 100;
    }

    private static bool HasMedia(IElement element)
    {
        foreach (var descendant in NodeText.Descendants(element))
        {
            if (descendant.LocalName is "img" or "picture" or "figure")
            {
                return true;
            }
        }

        return false;
    }

    private static void RemoveComments(IElement root)
    {
        var comments = new List<INode>();
        var stack = new Stack<INode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            foreach (var child in node.ChildNodes)
            {
                if (child.NodeType == NodeType.Comment)
                {
                    comments.Add(child);
                }
                else if (child.NodeType == NodeType.Element)
                {
                    stack.Push(child);
                }
            }
        }

        foreach (var comment in comments)
        {
            comment.Parent?.RemoveChild(comment);
        }
    }

    [GeneratedRegex(@"display\s*:\s*none|visibility\s*:\s*hidden", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HiddenStyle();
}
