namespace NewsAggregator.Core.Ingestion.Text;

// TEMPORARY local placeholder (never committed): the real parser arrives from the text-parser branch.
public sealed class TextArticleParser : IArticleParser
{
    public IReadOnlyCollection<string> Extensions { get; } = [".txt"];

    public ParseResult Parse(ReadOnlySpan<byte> content, string fileName)
    {
        if (!TextDecoder.TryDecode(content, out var text, out var error))
        {
            return ParseResult.Failure(error!);
        }

        var lines = text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        return ParseResult.Success(new ParsedArticle
        {
            Title = lines[0],
            Blocks = [.. lines.Skip(1).Select(l => new ContentBlock(BlockKind.Paragraph, l))],
        });
    }
}
