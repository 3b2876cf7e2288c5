namespace NewsAggregator.Core.Ingestion;

/// <summary>What a parser makes of one article file, before it is stored.</summary>
public sealed record ParsedArticle
{
    public required string Title { get; init; }

    /// <summary>True when the file had no title line and <see cref="Title"/> was made from the lead.</summary>
    public bool TitleDerived { get; init; }

    public string? Byline { get; init; }
    public string? Outlet { get; init; }

    /// <summary>Wire services and contributor credits ("Associated Press"), kept out of the body.</summary>
    public IReadOnlyList<string> Contributors { get; init; } = [];

    public DateTimeOffset? Published { get; init; }
    public string? Url { get; init; }
    public string? Language { get; init; }

    /// <summary>Subtitle or standfirst under the headline.</summary>
    public string? Deck { get; init; }

    /// <summary>The article's content in reading order, each block marked as what it is.</summary>
    public required IReadOnlyList<ContentBlock> Blocks { get; init; }

    public IEnumerable<string> Paragraphs =>
        Blocks.Where(b => b.Kind == BlockKind.Paragraph).Select(b => b.Text);
}

public sealed record ContentBlock(BlockKind Kind, string Text);

public enum BlockKind
{
    Paragraph,
    Subheading,
    Caption,
    Quote,
    ListItem,
}
