using System.Diagnostics;
using NewsAggregator.Core.Ingestion.Text;

namespace NewsAggregator.Benchmarks.Clustering;

/// <summary>Text parsing alone, one thread, after a warm-up round: the import's parse cost per article.</summary>
internal static class ParseSpeed
{
    public static int Run(Arguments args)
    {
        var files = Directory.GetFiles(Path.Combine(args.Require("data"), "docs"), "*.txt").Order(StringComparer.Ordinal)
            .Select(p => (Name: Path.GetFileName(p), Bytes: File.ReadAllBytes(p))).ToList();
        var rounds = args.Int("rounds", 3);
        var parser = new TextArticleParser();
        foreach (var (name, bytes) in files)
        {
            _ = parser.Parse(bytes, name);
        }

        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var started = Stopwatch.GetTimestamp();
        for (var round = 0; round < rounds; round++)
        {
            foreach (var (name, bytes) in files)
            {
                _ = parser.Parse(bytes, name);
            }
        }

        var wall = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
        var count = files.Count * rounds;
        Console.WriteLine(FormattableString.Invariant($"parsed {count} files: {count / wall:0} articles/s wall clock, {count / cpu:0} articles/s CPU time (one thread)"));
        return 0;
    }
}
