using System.Diagnostics;
using NewsAggregator.Core.Comparison;
using Xunit.Abstractions;

namespace NewsAggregator.Core.Tests.Comparison;

/// <summary>
/// A story the size the comparison must handle (20 reports of 40 paragraphs), built from the sample
/// reports' sentences reshuffled so that reports overlap the way real coverage does. The elapsed time
/// goes to the test output for measuring; the test checks behaviour only.
/// </summary>
public class LargeStoryTests(ITestOutputHelper output)
{
    [Fact]
    public void ComparesTwentyReportsOfFortyParagraphs()
    {
        var pool = SampleStory.Load().SelectMany(a => a.Paragraphs).Where(p => p.Length > 80).ToList();
        var random = new Random(20261122);
        var articles = Enumerable.Range(1, 20)
            .Select(id => new ComparisonInput(id, $"Outlet {id}", [.. Enumerable.Range(0, 40).Select(_ => pool[random.Next(pool.Count)])]))
            .ToList();

        StoryComparer.Compare(articles);
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var result = StoryComparer.Compare(articles);
        clock.Stop();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        output.WriteLine($"20 reports x 40 paragraphs: {clock.Elapsed.TotalMilliseconds:F0} ms elapsed, " +
            $"{cpu.TotalMilliseconds:F0} ms CPU, {result.Figures.Count} figure groups, {result.Quotes.Count} quote groups");

        Assert.Equal(20, result.Coverage.Count);
        Assert.All(result.Coverage, c => Assert.True(c.SharedSentenceShare > 0.5));
        Assert.NotEmpty(result.Figures);
        Assert.NotEmpty(result.Quotes);
    }
}
