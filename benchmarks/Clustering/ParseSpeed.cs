using System.Diagnostics;
using NewsAggregator.Core.Clustering;
using NewsAggregator.Core.Ingestion.Text;

namespace NewsAggregator.Benchmarks.Clustering;

/// <summary>
/// What the importer does per file on its parsing threads, one thread, after a warm-up round: the
/// text parse, then the story terms of the parsed article. Reports CPU per article and the bytes
/// each article allocates, which unlike time does not vary from run to run.
/// </summary>
internal static class ParseSpeed
{
    public static int Run(Arguments args)
    {
        var files = Directory.GetFiles(Path.Combine(args.Require("data"), "docs"), "*.txt").Order(StringComparer.Ordinal)
            .Select(p => (Name: Path.GetFileName(p), Bytes: File.ReadAllBytes(p))).ToList();
        var rounds = args.Int("rounds", 3);
        var parser = new TextArticleParser();
        RunRound(parser, files);

        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var started = Stopwatch.GetTimestamp();
        for (var round = 0; round < rounds; round++)
        {
            RunRound(parser, files);
        }

        var wall = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        var count = files.Count * rounds;
        Console.WriteLine(FormattableString.Invariant(
            $"parsed {count} files with features: {count / wall:0} articles/s wall clock, {count / cpu:0} articles/s CPU time (one thread), {allocated / count:0} bytes allocated per article"));
        return 0;
    }

    private static void RunRound(TextArticleParser parser, List<(string Name, byte[] Bytes)> files)
    {
        foreach (var (name, bytes) in files)
        {
            var parsed = parser.Parse(bytes, name);
            if (parsed.Succeeded)
            {
                _ = StoryClusterer.Features(parsed.Article!);
            }
        }
    }
}
