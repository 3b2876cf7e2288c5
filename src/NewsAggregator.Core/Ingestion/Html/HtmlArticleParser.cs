using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace NewsAggregator.Core.Ingestion.Html;

/// <summary>
/// Imports saved web pages: decodes them, finds the article among the page chrome and returns it as
/// the same clean <see cref="ParsedArticle"/> the text parser produces. The steps live in small
/// classes beside this one; this class only runs them in order and turns failures into reasons.
/// </summary>
public sealed class HtmlArticleParser : IArticleParser
{

    /// <summary>Fewer characters than this after a pass means the pass probably missed the article.</summary>
    private const int ConfidentLength = 500;

    /// <summary>
    /// Fewer letters than this left after cleaning means there was no article. Kept low on purpose:
    /// chrome is removed by the cleaning rules, so a short note that survives them is still the page's text.
    /// </summary>
    private const int MinArticleLetters = 10;

    // One parser per thread: uploads are parsed concurrently and the parser's thread safety is not documented.
    // Source positions and comments are never read here; not recording them makes parsing cheaper.
    private static readonly ThreadLocal<HtmlParser> Parsers = new(() => new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = false, DisableElementPositionTracking = true, SkipComments = true }));

    public IReadOnlyCollection<string> Extensions { get; } = [".html", ".htm"];

    public ParseResult Parse(ReadOnlySpan<byte> content, string fileName)
    {
        if (!HtmlDecoder.TryDecode(content, out var html, out var error))
        {
            return ParseResult.Failure(error!);
        }

        return ParseHtml(html);
    }

    /// <summary>Extracts from already decoded markup.</summary>
    public static ParseResult ParseHtml(string html)
    {
        try
        {
            html = MarkupPrefilter.Apply(html);
            using var document = Parsers.Value!.ParseDocument(html);
            if (document.Body is null)
            {
                return ParseResult.Failure("no article found: the page has no body");
            }

            var metadata = MetadataExtractor.Extract(document);
            var blocks = ExtractBlocks(html, document, out var pageByline);
            var byline = metadata.Byline ?? MetadataExtractor.CleanByline(pageByline, metadata.Outlet) ?? MetadataExtractor.LeadByline(blocks, metadata.Outlet) ?? metadata.Creator;
            blocks = BlockFilter.Filter(blocks, metadata.Title, byline);

            var letters = blocks.Sum(b => b.Text.Count(char.IsLetter));
            if (letters < MinArticleLetters)
            {
                return ParseResult.Failure("no article found: the page holds no article text (only navigation, scripts or notices)");
            }

            var title = metadata.Title;
            var derived = false;
            if (string.IsNullOrWhiteSpace(title))
            {
                title = Lead(blocks[0].Text);
                derived = true;
            }

            return ParseResult.Success(new ParsedArticle
            {
                Title = title,
                TitleDerived = derived,
                Byline = byline,
                Outlet = metadata.Outlet,
                Published = metadata.Published,
                Url = metadata.Url,
                Language = metadata.Language,
                Blocks = blocks,
            });
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The contract is an outcome for every file: a page that trips an unforeseen path in the
            // DOM library or in these rules is rejected with the cause, never allowed to stop an import.
            return ParseResult.Failure($"the page could not be read as HTML ({ex.GetType().Name}: {ex.Message})");
        }
    }

    /// <summary>Runs the passes from strict to lenient and keeps the first confident result, else the longest.</summary>
    private static List<ContentBlock> ExtractBlocks(string html, IDocument first, out string? pageByline)
    {
        List<ContentBlock> best = [];
        var bestLength = -1;
        pageByline = null;
        for (var i = 0; i < ExtractionPass.InOrder.Count; i++)
        {
            var pass = ExtractionPass.InOrder[i];
            using var owned = i == 0 ? null : Parsers.Value!.ParseDocument(html);
            var document = owned ?? first;
            var body = document.Body!;
            var byline = PageCleaner.Clean(body, pass);
            ParagraphNormalizer.Normalize(body);
            var statsTable = NodeText.StatsForAll(body);
            var scores = CandidateScorer.Score(body, pass, statsTable);
            var content = ContentAssembler.Assemble(body, scores, pass, statsTable);
            ContentCleaner.Clean(content, pass);
            var blocks = BlockCollector.Collect(content);

            var length = blocks.Sum(b => b.Text.Length);
            if (length > bestLength)
            {
                best = blocks;
                bestLength = length;
                pageByline = byline;
            }

            if (length >= ConfidentLength)
            {
                break;
            }
        }

        return best;
    }

    private static string Lead(string text)
    {
        const int max = 120;
        if (text.Length <= max)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', max);
        return (cut > 40 ? text[..cut] : text[..max]) + "…";
    }
}
