namespace NewsAggregator.Core.Storage;

/// <summary>
/// The original bytes of an imported file, kept so that a re-index can parse it again with newer
/// parsers. The content hash makes importing the same bytes twice a no-op.
/// </summary>
public class SourceFile
{
    public int Id { get; set; }

    /// <summary>Lower-case hex SHA-256 of <see cref="Content"/>.</summary>
    public string Sha256 { get; set; } = "";

    /// <summary>The name the file had where it came from: metadata only, never a storage path.</summary>
    public string FileName { get; set; } = "";

    public long Length { get; set; }
    public byte[] Content { get; set; } = [];
    public DateTime ReceivedUtc { get; set; }

    public Article? Article { get; set; }
}
