namespace NewsAggregator.Core.Ingestion;

/// <summary>Turns the bytes of one article file into a clean article, or says why it cannot.</summary>
public interface IArticleParser
{
    /// <summary>File name endings this parser takes, lower case with the dot (".txt").</summary>
    IReadOnlyCollection<string> Extensions { get; }

    /// <summary>Parses <paramref name="content"/>; never throws for bad input, it returns a rejection.</summary>
    ParseResult Parse(ReadOnlySpan<byte> content, string fileName);
}

public sealed record ParseResult
{
    private ParseResult(ParsedArticle? article, string? error) => (Article, Error) = (article, error);

    public ParsedArticle? Article { get; }

    /// <summary>A reason a person can act on ("not valid UTF-8 text at byte 120").</summary>
    public string? Error { get; }

    public bool Succeeded => Article is not null;

    public static ParseResult Success(ParsedArticle article) => new(article, null);

    public static ParseResult Failure(string error) => new(null, error);
}
