using System.Threading.Channels;

namespace NewsAggregator.Web.Comparisons;

/// <summary>
/// Tells the background fill that stories changed. Requests made while one is pending collapse
/// into it: the fill looks for every missing comparison each time, not for particular stories.
/// </summary>
public sealed class ComparisonFillSignal
{
    private readonly Channel<bool> _requests = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    public void Request() => _requests.Writer.TryWrite(true);

    /// <summary>Waits for a request or for <paramref name="timeout"/>, whichever comes first.</summary>
    internal async Task WaitAsync(TimeSpan timeout, CancellationToken stoppingToken)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        wait.CancelAfter(timeout);
        try
        {
            await _requests.Reader.ReadAsync(wait.Token);
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            // The timeout: time for a scan anyway.
        }
    }
}
