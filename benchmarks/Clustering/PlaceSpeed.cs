using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using NewsAggregator.Core.Clustering;

namespace NewsAggregator.Benchmarks.Clustering;

/// <summary>
/// Placement alone, on one thread: generated articles (as in e2e) are read into terms first, then
/// counted into the index and placed one by one, which is the import's sequential step. Prints the
/// thread's CPU time, so a busy machine disturbs it less than the wall clock, and a digest of the
/// stories each article went to, so that a change meant to be faster only can be checked to place
/// every article where it did before.
/// </summary>
internal static class PlaceSpeed
{
    public static int Run(Arguments args)
    {
        var count = args.Int("count", 20_000);
        var source = LoadedDoc.ReadFolder(Path.Combine(args.Require("data"), "docs"));
        var docs = EndToEnd.Generate(source, count).ToList();
        var terms = docs.AsParallel().AsOrdered().Select(d => FeatureExtractor.Extract(d.Title, d.Paragraphs, d.Published)).ToList();

        var index = new StoryIndex();
        var matcher = new StoryMatcher(index, args.Options());
        var placed = new StoryProfile[count];
        var cpuBefore = ThreadCpu();
        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < count; i++)
        {
            placed[i] = matcher.Place(index.Add(i + 1, terms[i], docs[i].Published)).Story;
        }

        var wall = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var cpu = ThreadCpu() - cpuBefore;

        // Where each article is shown now, after every merge and regrouping.
        var shown = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            shown.Append(CultureInfo.InvariantCulture, $"{i + 1}:{StoryIndex.Shown(placed[i]).Number}\n");
        }

        var digest = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(shown.ToString())))[..16];
        Console.WriteLine(FormattableString.Invariant(
            $"placed {count} articles: {wall:0.00} s wall, {cpu:0.00} s CPU ({cpu * 1000 / count:0.000} ms per article), {index.StoryCount} stories, digest {digest}"));
        return 0;
    }

    /// <summary>This thread's CPU time in seconds (Linux: /proc/thread-self/stat, clock ticks of 1/100 s); the process's elsewhere.</summary>
    private static double ThreadCpu()
    {
        const string Stat = "/proc/thread-self/stat";
        if (!File.Exists(Stat))
        {
            return Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;
        }

        var fields = File.ReadAllText(Stat).Split(')')[^1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / 100.0;
    }
}
