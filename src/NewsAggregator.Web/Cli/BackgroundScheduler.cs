using System.Collections.Concurrent;
using System.Runtime.InteropServices;

namespace NewsAggregator.Web.Cli;

/// <summary>
/// Runs tasks on its own threads at a lower operating-system priority, so that work which has
/// slack (parsing the next batch) only uses processor time the critical path (placing and writing
/// the current batch) leaves idle, instead of taking turns with it. .NET thread priorities are not
/// applied on Linux, so there each thread lowers its own scheduling priority ("nice").
/// </summary>
internal sealed class BackgroundScheduler : TaskScheduler, IDisposable
{
    // Nice 10 gives a thread about a tenth of the share of a normal one when both want a core.
    private const int Niceness = 10;

    private readonly BlockingCollection<Task> _queue = [];
    private readonly Thread[] _threads;

    public BackgroundScheduler(int threadCount)
    {
        _threads = [.. Enumerable.Range(0, Math.Max(1, threadCount)).Select(i => new Thread(Work)
        {
            IsBackground = true,
            Name = $"Background parse {i}",
            Priority = ThreadPriority.BelowNormal,
        })];
        foreach (var thread in _threads)
        {
            thread.Start();
        }
    }

    public override int MaximumConcurrencyLevel => _threads.Length;

    public void Dispose()
    {
        _queue.CompleteAdding();
        foreach (var thread in _threads)
        {
            thread.Join();
        }

        _queue.Dispose();
    }

    protected override void QueueTask(Task task) => _queue.Add(task);

    protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued) =>
        _threads.Contains(Thread.CurrentThread) && TryExecuteTask(task);

    protected override IEnumerable<Task> GetScheduledTasks() => [.. _queue];

    private void Work()
    {
        if (OperatingSystem.IsLinux())
        {
            // Best effort: a thread left at normal priority still gets the work done, so a C
            // library without these calls is no reason to stop.
            try
            {
                _ = SetPriority(which: 0, who: GetThreadId(), priority: Niceness);
            }
            catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
            {
            }
        }

        foreach (var task in _queue.GetConsumingEnumerable())
        {
            TryExecuteTask(task);
        }
    }

    // which 0 (PRIO_PROCESS) with a thread id applies to that thread alone on Linux.
    [DllImport("libc", EntryPoint = "setpriority")]
    private static extern int SetPriority(int which, int who, int priority);

    [DllImport("libc", EntryPoint = "gettid")]
    private static extern int GetThreadId();
}
