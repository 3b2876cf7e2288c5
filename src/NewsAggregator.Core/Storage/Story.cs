namespace NewsAggregator.Core.Storage;

/// <summary>A group of articles that report the same real-world event.</summary>
public class Story
{
    public int Id { get; set; }
    public string Headline { get; set; } = "";
    public int ArticleCount { get; set; }
    public int OutletCount { get; set; }
    public DateTime? FirstPublishedUtc { get; set; }
    public DateTime? LastPublishedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }

    /// <summary>The names that set this story apart (people, places, organisations), joined with "; ".</summary>
    public string KeyNames { get; set; } = "";

    /// <summary>Its most distinctive other terms, joined with "; ".</summary>
    public string KeyTerms { get; set; } = "";

    /// <summary>The outlets that reported it, joined with "; ".</summary>
    public string Outlets { get; set; } = "";

    public List<Article> Articles { get; set; } = [];
}
