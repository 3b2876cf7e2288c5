using NewsAggregator.Core.Ingestion;
using NewsAggregator.Core.Storage;

namespace NewsAggregator.Benchmarks.Clustering;

/// <summary>A text file read the simple way: first non-empty line the title, the other lines paragraphs.</summary>
internal sealed record LoadedDoc(string Name, string Title, IReadOnlyList<string> Paragraphs, DateTime? Published = null)
{
    public static LoadedDoc Read(string path)
    {
        var lines = File.ReadAllLines(path).Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        return new LoadedDoc(Path.GetFileName(path), lines.FirstOrDefault() ?? "", [.. lines.Skip(1)]);
    }

    public static List<LoadedDoc> ReadFolder(string folder) =>
        [.. Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).Select(Read)];

    public Article ToArticle(DateTime now)
    {
        var content = System.Text.Encoding.UTF8.GetBytes(Name + "\n" + Title + "\n\n" + string.Join("\n", Paragraphs));
        return new Article
        {
            Title = Title,
            PublishedUtc = Published,
            ParsedUtc = now,
            Blocks = [.. Paragraphs.Select((p, i) => new ArticleBlock { Ordinal = i, Kind = BlockKind.Paragraph, Text = p })],
            Source = new SourceFile
            {
                FileName = Name,
                Content = content,
                Length = content.Length,
                Sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content)),
                ReceivedUtc = now,
            },
        };
    }
}
