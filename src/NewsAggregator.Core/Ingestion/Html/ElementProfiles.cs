using AngleSharp.Dom;

namespace NewsAggregator.Core.Ingestion.Html;

/// <summary>What an element holds: its text statistics and how many paragraphs, images, list items... sit inside it.</summary>
internal record struct ElementProfile(
    int Length, double LinkLength, int Commas, int Paragraphs, int Images, int Items, int Inputs, int Embeds, int HeadingLength, int ListLength)
{
    public readonly double LinkDensity => Length == 0 ? 0 : LinkLength / Length;

    public static ElementProfile operator -(ElementProfile a, ElementProfile b) => new(
        a.Length - b.Length, a.LinkLength - b.LinkLength, a.Commas - b.Commas, a.Paragraphs - b.Paragraphs, a.Images - b.Images,
        a.Items - b.Items, a.Inputs - b.Inputs, a.Embeds - b.Embeds, Math.Max(0, a.HeadingLength - b.HeadingLength), Math.Max(0, a.ListLength - b.ListLength));

    public static ElementProfile operator +(ElementProfile a, ElementProfile b) => new(
        a.Length + b.Length, a.LinkLength + b.LinkLength, a.Commas + b.Commas, a.Paragraphs + b.Paragraphs, a.Images + b.Images,
        a.Items + b.Items, a.Inputs + b.Inputs, a.Embeds + b.Embeds, a.HeadingLength + b.HeadingLength, a.ListLength + b.ListLength);
}

/// <summary>
/// Profiles of every element under a root, built in one bottom-up walk and kept current as elements
/// are removed, so judging each container does not mean re-reading everything inside it.
/// </summary>
internal sealed class ElementProfiles
{
    private readonly Dictionary<IElement, ElementProfile> _profiles = [];
    private readonly IElement _root;

    public ElementProfiles(IElement root)
    {
        _root = root;
        var stats = NodeText.StatsForAll(root);
        var stack = new Stack<(IElement Element, bool ChildrenDone)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (element, childrenDone) = stack.Pop();
            var children = element.ChildNodes;
            if (!childrenDone)
            {
                stack.Push((element, true));
                for (var i = children.Length - 1; i >= 0; i--)
                {
                    if (children[i] is IElement child)
                    {
                        stack.Push((child, false));
                    }
                }

                continue;
            }

            var profile = default(ElementProfile);
            for (var i = 0; i < children.Length; i++)
            {
                if (children[i] is IElement child && _profiles.TryGetValue(child, out var childProfile))
                {
                    profile += childProfile;
                }
            }

            var own = stats[element];
            profile = profile with { Length = own.Length, LinkLength = own.LinkLength, Commas = own.Commas };
            profile = element.LocalName switch
            {
                "p" => profile with { Paragraphs = profile.Paragraphs + 1 },
                "img" or "picture" => profile with { Images = profile.Images + 1 },
                "li" => profile with { Items = profile.Items + 1 },
                "input" or "select" or "textarea" or "button" => profile with { Inputs = profile.Inputs + 1 },
                "object" or "embed" or "iframe" or "video" or "audio" => profile with { Embeds = profile.Embeds + 1 },
                "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => profile with { HeadingLength = own.Length },
                "ul" or "ol" => profile with { ListLength = own.Length },
                _ => profile,
            };
            _profiles[element] = profile;
        }
    }

    public ElementProfile this[IElement element] => _profiles.TryGetValue(element, out var profile) ? profile : default;

    /// <summary>Removes the element from the page and its counts from every container above it.</summary>
    public void Remove(IElement element)
    {
        var removed = this[element];
        for (var parent = element.ParentElement; parent is not null; parent = parent.ParentElement)
        {
            if (_profiles.TryGetValue(parent, out var profile))
            {
                _profiles[parent] = profile - removed;
            }

            if (parent == _root)
            {
                break;
            }
        }

        element.Remove();
    }
}
