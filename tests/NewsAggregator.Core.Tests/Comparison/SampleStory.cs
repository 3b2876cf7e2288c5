using NewsAggregator.Core.Comparison;

namespace NewsAggregator.Core.Tests.Comparison;

/// <summary>
/// The five shipped sample reports as comparison input. Each non-empty line is a paragraph: the text
/// parser is not needed to compare, and article ids are the files' numeric prefixes (0 to 4).
/// </summary>
internal static class SampleStory
{
    public static IReadOnlyList<ComparisonInput> Load()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "samples");
        return [.. Directory.GetFiles(folder, "*.txt")
            .Order(StringComparer.Ordinal)
            .Select(path =>
            {
                var name = Path.GetFileNameWithoutExtension(path);
                var paragraphs = File.ReadAllLines(path).Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
                return new ComparisonInput(int.Parse(name[..3], System.Globalization.CultureInfo.InvariantCulture), name, paragraphs);
            })];
    }
}
