using NewsAggregator.Core.Ingestion;

namespace NewsAggregator.Core.Storage;

/// <summary>A stored, parsed article. Everything here can be rebuilt from <see cref="Source"/>.</summary>
public class Article
{
    public int Id { get; set; }

    public int SourceFileId { get; set; }
    public SourceFile Source { get; set; } = null!;

    public int? StoryId { get; set; }
    public Story? Story { get; set; }

    /// <summary>
    /// The id of the first article of the tight group this article belongs to inside its story. A
    /// story is one such group plus, at times, small groups that fit it loosely; keeping the groups
    /// lets the clusterer pick up where it left off. Null on stores made before it was kept.
    /// </summary>
    public int? ClusterSeed { get; set; }

    public string Title { get; set; } = "";
    public bool TitleDerived { get; set; }
    public string? Byline { get; set; }
    public string? Outlet { get; set; }

    /// <summary>Contributor and wire credits, joined with "; ".</summary>
    public string? Contributors { get; set; }

    /// <summary>Publication time in UTC, when the file tells it.</summary>
    public DateTime? PublishedUtc { get; set; }

    public string? Url { get; set; }
    public string? Language { get; set; }
    public string? Deck { get; set; }

    public List<ArticleBlock> Blocks { get; set; } = [];

    /// <summary>When the article was (last) parsed.</summary>
    public DateTime ParsedUtc { get; set; }
}

public class ArticleBlock
{
    public int Id { get; set; }
    public int ArticleId { get; set; }
    public int Ordinal { get; set; }
    public BlockKind Kind { get; set; }
    public string Text { get; set; } = "";
}
