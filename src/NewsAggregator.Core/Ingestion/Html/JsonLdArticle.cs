using System.Text.Json;

namespace NewsAggregator.Core.Ingestion.Html;

/// <summary>The fields of a schema.org article object embedded as JSON-LD, the most reliable metadata a page carries.</summary>
internal sealed record JsonLdArticle(string? Headline, string? Name, IReadOnlyList<string> Authors, IReadOnlyList<string> Creators, string? DatePublished, string? Publisher, string? Url)
{
    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 32,
    };

    private static readonly HashSet<string> PostingTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "BlogPosting", "LiveBlogPosting", "SocialMediaPosting", "DiscussionForumPosting", "Report", "APIReference",
    };

    /// <summary>The first article object in the given script bodies; broken JSON is skipped, as browsers do.</summary>
    public static JsonLdArticle? Find(IEnumerable<string> scripts)
    {
        foreach (var script in scripts)
        {
            var json = script.Trim();
            if (json.StartsWith("<![CDATA[", StringComparison.Ordinal))
            {
                json = json[9..];
                var end = json.LastIndexOf("]]>", StringComparison.Ordinal);
                json = end >= 0 ? json[..end] : json;
            }

            try
            {
                using var document = JsonDocument.Parse(json, Options);
                if (FindArticle(document.RootElement, 0) is { } article)
                {
                    return Read(article, document.RootElement);
                }
            }
            catch (JsonException)
            {
                // Hand-written JSON-LD is often malformed; the meta tags still cover the page.
            }
        }

        return null;
    }

    private static JsonElement? FindArticle(JsonElement element, int depth)
    {
        if (depth > 4)
        {
            return null;
        }

        switch (element.ValueKind)
        {
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    if (FindArticle(item, depth + 1) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case JsonValueKind.Object:
                if (IsArticleType(element))
                {
                    return element;
                }

                if (element.TryGetProperty("@graph", out var graph) && FindArticle(graph, depth + 1) is { } inGraph)
                {
                    return inGraph;
                }

                // A WebPage object often carries the article as its main entity.
                return element.TryGetProperty("mainEntity", out var main) ? FindArticle(main, depth + 1) : null;
            default:
                return null;
        }
    }

    private static bool IsArticleType(JsonElement element)
    {
        if (!element.TryGetProperty("@type", out var type))
        {
            return false;
        }

        IEnumerable<JsonElement> types = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray() : [type];
        return types.Any(t => t.ValueKind == JsonValueKind.String && t.GetString() is { } name
            && (name.EndsWith("Article", StringComparison.Ordinal) || PostingTypes.Contains(name)));
    }

    private static JsonLdArticle Read(JsonElement article, JsonElement root)
    {
        var authors = new List<string>();
        if (article.TryGetProperty("author", out var author))
        {
            CollectNames(author, authors, root);
        }

        // Some generators credit the writer only as "creator", but analytics tags fill it with an account
        // name ("CC7567"), so it is kept apart and trusted less than the page's visible byline.
        var creators = new List<string>();
        if (article.TryGetProperty("creator", out var creator))
        {
            CollectNames(creator, creators, root);
        }

        string? publisher = null;
        if (article.TryGetProperty("publisher", out var publisherElement))
        {
            var names = new List<string>();
            CollectNames(publisherElement, names, root);
            publisher = names.FirstOrDefault();
        }

        var url = String(article, "url");
        if (url is null && article.TryGetProperty("mainEntityOfPage", out var main))
        {
            url = main.ValueKind == JsonValueKind.String ? main.GetString() : String(main, "@id");
        }

        return new JsonLdArticle(String(article, "headline"), String(article, "name"), authors, creators, String(article, "datePublished"), publisher, url);
    }

    private static void CollectNames(JsonElement element, List<string> names, JsonElement root)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String when element.GetString() is { Length: > 0 } name && !name.StartsWith("http", StringComparison.OrdinalIgnoreCase):
                names.Add(name.Trim());
                break;
            case JsonValueKind.Object when PersonName(element) is { } name:
                names.Add(name);
                break;
            case JsonValueKind.Object when String(element, "@id") is { } id && FindNode(root, id, 0) is { } node && PersonName(node) is { } referenced:
                // Site generators (WordPress SEO plugins among them) put the Person once in the
                // @graph and point to it from the article by @id.
                names.Add(referenced);
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    CollectNames(item, names, root);
                }

                break;
            default:
                break;
        }
    }

    /// <summary>A person's or organisation's name, or the given and family names when only those are filled in.</summary>
    private static string? PersonName(JsonElement element)
    {
        if (String(element, "name") is { } name && !name.StartsWith("http", StringComparison.OrdinalIgnoreCase))
        {
            return name;
        }

        var parts = new[] { String(element, "givenName"), String(element, "familyName") }.Where(p => p is not null);
        var joined = string.Join(' ', parts);
        return joined.Length > 0 ? joined : null;
    }

    /// <summary>The object with the given @id anywhere in the script (shallowly: graphs are flat lists).</summary>
    private static JsonElement? FindNode(JsonElement element, string id, int depth)
    {
        if (depth > 4)
        {
            return null;
        }

        switch (element.ValueKind)
        {
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    if (FindNode(item, id, depth + 1) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case JsonValueKind.Object:
                if (String(element, "@id") == id && element.EnumerateObject().Count() > 1)
                {
                    return element;
                }

                return element.TryGetProperty("@graph", out var graph) ? FindNode(graph, id, depth + 1) : null;
            default:
                return null;
        }
    }

    private static string? String(JsonElement element, string property)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(property, out var value))
        {
            return null;
        }

        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Array when value.GetArrayLength() > 0 && value[0].ValueKind == JsonValueKind.String => value[0].GetString(),
            _ => null,
        };
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }
}
