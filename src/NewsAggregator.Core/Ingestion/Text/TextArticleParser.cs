using System.Text.RegularExpressions;

namespace NewsAggregator.Core.Ingestion.Text;

/// <summary>
/// Reads plain-text news articles in the loose shapes sites and copy-paste produce: a headline
/// (or none), the lines news pages put under it, paragraphs split by blank lines or one per
/// line, and site furniture around the text. Optional front matter states the metadata outright:
/// <code>
/// ---
/// title: ...
/// outlet: ...
/// author: ...
/// published: 2024-11-17
/// url: https://...
/// ---
/// </code>
/// </summary>
public sealed class TextArticleParser : IArticleParser
{
    public IReadOnlyCollection<string> Extensions { get; } = [".txt", ".text", ".md"];

    public ParseResult Parse(ReadOnlySpan<byte> content, string fileName)
    {
        if (!TextDecoder.TryDecode(content, out var text, out var error))
        {
            return ParseResult.Failure(error!);
        }

        try
        {
            return ParseText(text);
        }
        catch (RegexMatchTimeoutException)
        {
            // Every pattern here is linear; the timeout only guards against a pathological file.
            return ParseResult.Failure("the text could not be read in reasonable time (unusually long or irregular lines)");
        }
    }

    /// <summary>Parses decoded text; the byte-level checks are <see cref="TextDecoder"/>'s.</summary>
    public static ParseResult ParseText(string text)
    {
        var rawLines = TextLines.Split(text);
        var (frontMatter, bodyStart, frontMatterError) = FrontMatterReader.Read(rawLines);
        if (frontMatterError is not null)
        {
            return ParseResult.Failure(frontMatterError);
        }

        var chrome = ChromeFilter.Strip(TextLines.Group(rawLines.Skip(bodyStart)));
        var lines = chrome.Lines;
        var credits = Credits.TakeTrailing(lines);
        var header = HeaderReader.Read(lines, frontMatter.Title);

        var published = frontMatter.Published ?? header.Published;
        var body = new List<TextLine>();
        foreach (var line in lines[header.BodyStart..])
        {
            // A line that is only a date is a timestamp wherever the page put it.
            if (DateLine.TryRead(line.Text, out var date))
            {
                published ??= date;
                continue;
            }

            body.Add(line);
        }

        var blocks = header.Captions.Select(c => new ContentBlock(BlockKind.Caption, c)).ToList();
        blocks.AddRange(BlockAssembler.Assemble(body));
        var lead = blocks.FirstOrDefault(b => b.Kind == BlockKind.Paragraph)?.Text;
        if (lead is null)
        {
            // A headline-only flash is still an article; a file of furniture alone is not.
            lead = frontMatter.Title is null ? header.Deck ?? header.Title : null;
            if (lead is null)
            {
                return ParseResult.Failure("no article text found");
            }

            blocks.Add(new ContentBlock(BlockKind.Paragraph, lead));
        }

        var wires = credits.SelectMany(Credits.WiresIn)
            .Concat(Credits.WireInDateline(lead) is { } wire ? [wire] : [])
            .Distinct()
            .ToList();

        return ParseResult.Success(new ParsedArticle
        {
            Title = header.Title ?? TitleDeriver.Derive(lead),
            TitleDerived = header.Title is null,
            Byline = frontMatter.Author ?? header.Byline ?? chrome.AuthorBox,
            Outlet = frontMatter.Outlet ?? header.Outlet ?? chrome.Outlet ?? wires.FirstOrDefault(),
            Contributors = [.. wires, .. credits],
            Published = published,
            Url = frontMatter.Url,
            Language = frontMatter.Language,
            Deck = header.Deck,
            Blocks = blocks,
        });
    }
}
