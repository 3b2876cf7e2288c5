using System.Text;
using System.Xml;
using NewsAggregator.Web.Pages.Stories;

namespace NewsAggregator.Web.Feed;

/// <summary>An Atom feed of the latest stories at /feed.atom, written by hand (no syndication package here).</summary>
public static class AtomFeed
{
    public const string ContentType = "application/atom+xml; charset=utf-8";
    private const string AtomNamespace = "http://www.w3.org/2005/Atom";
    private const int EntryCount = 30;

    public static IEndpointRouteBuilder MapAtomFeed(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/feed.atom", WriteAsync).WithName("AtomFeed").ExcludeFromDescription();
        return endpoints;
    }

    private static async Task WriteAsync(HttpContext context, StoryCatalog catalog, CancellationToken cancellationToken)
    {
        var stories = await catalog.LatestAsync(EntryCount, cancellationToken);
        var site = $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}";
        context.Response.ContentType = ContentType;

        // Built in memory (a feed is a few kilobytes): Kestrel forbids the synchronous writes XmlWriter makes.
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            Write(writer, stories, site);
        }

        context.Response.ContentLength = buffer.Length;
        buffer.Position = 0;
        await buffer.CopyToAsync(context.Response.Body, cancellationToken);
    }

    private static void Write(XmlWriter writer, IReadOnlyList<StoryCard> stories, string site)
    {
        writer.WriteStartDocument();
        writer.WriteStartElement("feed", AtomNamespace);
        writer.WriteElementString("title", AtomNamespace, "NewsAggregator: latest stories");
        writer.WriteElementString("id", AtomNamespace, $"{site}/feed.atom");
        writer.WriteElementString("updated", AtomNamespace, Timestamp(stories.Max(s => s.UpdatedUtc) ?? DateTime.UnixEpoch));
        WriteLink(writer, "self", $"{site}/feed.atom", "application/atom+xml");
        WriteLink(writer, "alternate", $"{site}/", "text/html");
        writer.WriteStartElement("author", AtomNamespace);
        writer.WriteElementString("name", AtomNamespace, "NewsAggregator");
        writer.WriteEndElement();

        foreach (var story in stories)
        {
            var url = $"{site}/stories/{story.Id}";
            writer.WriteStartElement("entry", AtomNamespace);
            writer.WriteElementString("title", AtomNamespace, story.Headline);
            writer.WriteElementString("id", AtomNamespace, url);
            writer.WriteElementString("updated", AtomNamespace, Timestamp(story.UpdatedUtc ?? story.LastPublishedUtc ?? DateTime.UnixEpoch));
            if (story.FirstPublishedUtc is { } published)
            {
                writer.WriteElementString("published", AtomNamespace, Timestamp(published));
            }

            WriteLink(writer, "alternate", url, "text/html");
            var outlets = story.Outlets.Count > 0 ? $": {string.Join(", ", story.Outlets)}" : "";
            writer.WriteStartElement("summary", AtomNamespace);
            writer.WriteAttributeString("type", "text");
            writer.WriteString($"{story.ArticleCount} reports from {story.OutletCount} outlets{outlets}");
            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
        writer.WriteEndDocument();
    }

    private static void WriteLink(XmlWriter writer, string rel, string href, string type)
    {
        writer.WriteStartElement("link", AtomNamespace);
        writer.WriteAttributeString("rel", rel);
        writer.WriteAttributeString("type", type);
        writer.WriteAttributeString("href", href);
        writer.WriteEndElement();
    }

    private static string Timestamp(DateTime utc) =>
        DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);
}
