using System.Collections.Concurrent;
using NewsAggregator.Web.Cli;

namespace NewsAggregator.Web.Tests;

public class BackgroundSchedulerTests
{
    [Fact]
    public async Task ParallelWorkGivenTheSchedulerRunsEveryItemOnItsOwnThreads()
    {
        using var scheduler = new BackgroundScheduler(2);
        var threads = new ConcurrentBag<string?>();
        var done = new ConcurrentBag<int>();

        await Task.Factory.StartNew(
            () => Parallel.ForEach(Enumerable.Range(0, 200), new ParallelOptions { TaskScheduler = scheduler }, i =>
            {
                threads.Add(Thread.CurrentThread.Name);
                done.Add(i);
            }),
            CancellationToken.None, TaskCreationOptions.None, scheduler);

        Assert.Equal(Enumerable.Range(0, 200), done.Order());
        Assert.All(threads, name => Assert.StartsWith("Background parse", name));
    }

    [Fact]
    public async Task AFailingTaskSurfacesItsExceptionAndTheSchedulerKeepsWorking()
    {
        using var scheduler = new BackgroundScheduler(1);

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            Task.Factory.StartNew(() => throw new InvalidOperationException("parser bug"), CancellationToken.None, TaskCreationOptions.None, scheduler));
        var after = await Task.Factory.StartNew(() => 42, CancellationToken.None, TaskCreationOptions.None, scheduler);

        Assert.Equal(42, after);
    }
}
