using NewsAggregator.Core.Clustering;

namespace NewsAggregator.Benchmarks.Clustering;

/// <summary>
/// Imports the labelled dev articles (and optionally the sample reports) through the real
/// AssignAsync path in batches, scores the stories, then checks that a re-cluster and a rebuilt
/// index agree with the incremental result.
/// </summary>
internal static class DevEvaluation
{
    public static async Task<int> RunAsync(Arguments args)
    {
        var data = args.Require("data");
        var gold = ClusterEvaluation.ReadGold(new StringReader(File.ReadAllText(Path.Combine(data, "gold.tsv"))));
        var docs = LoadedDoc.ReadFolder(Path.Combine(data, "docs"));
        if (args.Has("title-only"))
        {
            docs = [.. docs.Select(d => d with { Paragraphs = [] })];
        }

        var seeds = args.Get("seeds") is { } seedFolder ? LoadedDoc.ReadFolder(seedFolder) : [];
        var all = docs.Concat(seeds).ToList();
        if (args.Get("shuffle") is { } shuffle)
        {
            var random = new Random(int.Parse(shuffle, System.Globalization.CultureInfo.InvariantCulture));
            all = [.. all.OrderBy(_ => random.Next())];
        }

        await using var store = new Store(args.Options());
        await store.InitialiseAsync();
        await store.ImportAsync(all, args.Int("batch", 300));
        var incremental = await store.PredictionsAsync();
        if (args.Get("out") is { } dump)
        {
            await store.DumpAsync(dump);
        }

        Console.WriteLine(ClusterEvaluation.Evaluate(gold, incremental).ToText());
        if (seeds.Count > 0)
        {
            var seedNames = seeds.Select(s => Path.GetFileNameWithoutExtension(s.Name)).ToHashSet();
            var seedStories = seedNames.Select(n => incremental[n]).Distinct().ToList();
            var joiners = incremental.Count(p => !seedNames.Contains(p.Key) && seedStories.Contains(p.Value));
            Console.WriteLine($"samples: {seedStories.Count} story(ies); dev articles in them: {joiners}");
        }

        if (!args.Has("no-recluster"))
        {
            store.Restart();
            await store.ImportAsync([], 1); // no-op: proves a fresh index rebuilds on demand
            await store.ReclusterAsync();
            var reclustered = await store.PredictionsAsync();
            Console.WriteLine($"re-cluster gives the same stories as incremental: {Partition.Same(incremental, reclustered)}");
        }

        return 0;
    }
}

internal static class Partition
{
    public static bool Same(IReadOnlyDictionary<string, string?> a, IReadOnlyDictionary<string, string?> b) =>
        Canonical(a).SetEquals(Canonical(b));

    private static HashSet<string> Canonical(IReadOnlyDictionary<string, string?> p) =>
        [.. p.GroupBy(e => e.Value ?? "single:" + e.Key).Select(g => string.Join(",", g.Select(e => e.Key).Order(StringComparer.Ordinal)))];
}
