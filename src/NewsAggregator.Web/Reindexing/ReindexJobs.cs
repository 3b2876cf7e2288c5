using System.Threading.Channels;
using NewsAggregator.Core.Reindexing;

namespace NewsAggregator.Web.Reindexing;

public enum ReindexState
{
    Idle,
    Queued,
    Running,
    Completed,
    Failed,
    Cancelled,
}

/// <summary>What the admin page and its JSON endpoint show about the current or last re-index.</summary>
public sealed record ReindexStatus(
    ReindexState State,
    int Done,
    int Total,
    int Percent,
    double ArticlesPerSecond,
    double? SecondsLeft,
    string? Phase,
    string? Message,
    string? StartedBy)
{
    public bool IsActive => State is ReindexState.Queued or ReindexState.Running;

    public static readonly ReindexStatus Idle = new(ReindexState.Idle, 0, 0, 0, 0, null, null, null, null);
}

/// <summary>
/// The re-index queue: a bounded channel holding at most one waiting job, and the status of the
/// job in hand. One job at a time: asking while one is queued or running is refused.
/// </summary>
public sealed class ReindexJobs
{
    private readonly Channel<string> _queue = Channel.CreateBounded<string>(new BoundedChannelOptions(1) { SingleReader = true });
    private readonly Lock _gate = new();
    private ReindexStatus _status = ReindexStatus.Idle;
    private CancellationTokenSource? _cancel;

    public ReindexStatus Status
    {
        get
        {
            lock (_gate)
            {
                return _status;
            }
        }
    }

    internal ChannelReader<string> Queue => _queue.Reader;

    /// <summary>Queues a re-index; false when one is already queued or running.</summary>
    public bool TryStart(string startedBy)
    {
        lock (_gate)
        {
            if (_status.IsActive || !_queue.Writer.TryWrite(startedBy))
            {
                return false;
            }

            _status = ReindexStatus.Idle with { State = ReindexState.Queued, StartedBy = startedBy, Message = "Waiting to start" };
            return true;
        }
    }

    /// <summary>Asks the running job to stop; its changes are rolled back.</summary>
    public void Cancel()
    {
        lock (_gate)
        {
            _cancel?.Cancel();
        }
    }

    internal CancellationToken Begin(CancellationToken stopping)
    {
        lock (_gate)
        {
            _cancel = CancellationTokenSource.CreateLinkedTokenSource(stopping);
            _status = _status with { State = ReindexState.Running, Message = null };
            return _cancel.Token;
        }
    }

    internal void Report(ReindexProgress progress)
    {
        lock (_gate)
        {
            _status = _status with
            {
                Done = progress.Done,
                Total = progress.Total,
                Percent = progress.Percent,
                ArticlesPerSecond = Math.Round(progress.ArticlesPerSecond, 1),
                SecondsLeft = progress.Remaining is { } left ? Math.Ceiling(left.TotalSeconds) : null,
                Phase = progress.Phase.ToString(),
            };
        }
    }

    internal void Finish(ReindexState state, string message)
    {
        lock (_gate)
        {
            _status = _status with { State = state, Message = message, Percent = state == ReindexState.Completed ? 100 : _status.Percent };
            _cancel?.Dispose();
            _cancel = null;
        }
    }

    /// <summary>Reports progress straight into the status (Progress&lt;T&gt; would post it later and out of order).</summary>
    internal sealed class StatusProgress(ReindexJobs jobs) : IProgress<ReindexProgress>
    {
        public void Report(ReindexProgress value) => jobs.Report(value);
    }
}
