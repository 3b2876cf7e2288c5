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

    public List<Article> Articles { get; set; } = [];
}
