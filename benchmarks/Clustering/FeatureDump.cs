using System.Text.Json;
using NewsAggregator.Core.Clustering;

namespace NewsAggregator.Benchmarks.Clustering;

/// <summary>Writes each document's extracted terms as JSON lines, for offline analysis of the features.</summary>
internal static class FeatureDump
{
    public static int Run(Arguments args)
    {
        var docs = LoadedDoc.ReadFolder(args.Require("folder"));
        using var output = File.CreateText(args.Require("out"));
        foreach (var doc in docs)
        {
            var zones = FeatureExtractor.ExtractZones(doc.Title, doc.Paragraphs);
            output.WriteLine(JsonSerializer.Serialize(new { name = Path.GetFileNameWithoutExtension(doc.Name), zones = zones.Select(z => z.Weights) }));
        }

        return 0;
    }
}
