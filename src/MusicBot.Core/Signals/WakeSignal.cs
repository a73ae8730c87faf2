using System.Threading.Channels;

namespace MusicBot.Core.Signals;

/// <summary>
/// Wakes a background worker when there is new work. It carries no data: the durable state is in the database,
/// so a lost or merged signal costs at most one tick of latency. Bounded to one pending wake-up.
/// </summary>
public abstract class WakeSignal
{
    private readonly Channel<bool> _channel = Channel.CreateBounded<bool>(new BoundedChannelOptions(1)
    {
        FullMode = BoundedChannelFullMode.DropWrite,
    });

    public void Wake() => _channel.Writer.TryWrite(true);

    /// <summary>Waits for a wake-up or the timeout, whichever comes first.</summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        try
        {
            await _channel.Reader.WaitToReadAsync(timeoutSource.Token);
            _channel.Reader.TryRead(out _);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The tick elapsed with no wake-up: that is the normal polling cadence.
        }
    }
}
