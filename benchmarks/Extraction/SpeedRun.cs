using System.Diagnostics;
using System.Globalization;
using NewsAggregator.Core.Ingestion.Html;

namespace NewsAggregator.Benchmarks.Extraction;

/// <summary>In-process, single-threaded extraction throughput over a folder of pages (all loaded into memory first).</summary>
internal static class SpeedRun
{
    public static int Run(string folder, int rounds)
    {
        var htmlFolder = Directory.Exists(Path.Combine(folder, "html")) ? Path.Combine(folder, "html") : folder;
        var pages = Directory.GetFiles(htmlFolder, "*.htm*").Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();
        var bytes = pages.Sum(p => (long)p.Length);
        var parser = new HtmlArticleParser();

        // One warm-up round so JIT and regex construction are not measured.
        foreach (var page in pages)
        {
            _ = parser.Parse(page, "page.html");
        }

        var c = CultureInfo.InvariantCulture;
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var stopwatch = Stopwatch.StartNew();
        for (var round = 0; round < rounds; round++)
        {
            foreach (var page in pages)
            {
                _ = parser.Parse(page, "page.html");
            }
        }

        stopwatch.Stop();
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
        var seconds = stopwatch.Elapsed.TotalSeconds;
        var count = pages.Count * rounds;
        Console.WriteLine(string.Format(c, "{0} pages x {1} rounds, {2:0.0} MB per round, {3:0.00} s", pages.Count, rounds, bytes / 1048576.0, seconds));
        Console.WriteLine(string.Format(c, "wall clock: {0:0.0} pages/s  {1:0.0} MB/s  (single thread, in process)", count / seconds, bytes * rounds / 1048576.0 / seconds));

        // On a shared machine the wall clock includes time spent waiting for a core; CPU time does not.
        Console.WriteLine(string.Format(c, "CPU time:   {0:0.0} pages/s  {1:0.0} MB/s  ({2:0.00} CPU s)", count / cpuSeconds, bytes * rounds / 1048576.0 / cpuSeconds, cpuSeconds));

        // The floor under any extractor built on this parser: AngleSharp parsing the raw pages, nothing else.
        var texts = pages.Select(p => System.Text.Encoding.UTF8.GetString(p)).ToList();
        var htmlParser = new AngleSharp.Html.Parser.HtmlParser();
        cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        for (var round = 0; round < rounds; round++)
        {
            foreach (var text in texts)
            {
                using var document = htmlParser.ParseDocument(text);
            }
        }

        cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
        Console.WriteLine(string.Format(c, "reference, AngleSharp parse alone: {0:0.0} pages/s CPU time", count / cpuSeconds));
        return 0;
    }

    /// <summary>Reads and extracts every page once, cold, as a whole-process run would.</summary>
    public static int Once(string folder)
    {
        var htmlFolder = Directory.Exists(Path.Combine(folder, "html")) ? Path.Combine(folder, "html") : folder;
        var parser = new HtmlArticleParser();
        var extracted = 0;
        foreach (var path in Directory.GetFiles(htmlFolder, "*.htm*").Order(StringComparer.Ordinal))
        {
            if (parser.Parse(File.ReadAllBytes(path), Path.GetFileName(path)).Succeeded)
            {
                extracted++;
            }
        }

        Console.WriteLine($"extracted {extracted} pages");
        return 0;
    }
}
