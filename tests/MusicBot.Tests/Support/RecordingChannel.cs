using System.Collections.Concurrent;
using MusicBot.Core.Conversations;
using MusicBot.Core.Delivery;

namespace MusicBot.Tests.Support;

/// <summary>A delivery channel for the console platform that records what it accepted and can fail on purpose.</summary>
public sealed class RecordingChannel : IDeliveryChannel
{
    private int _failuresLeft;
    private int _attempts;

    public string Platform => Platforms.Console;

    public ConcurrentQueue<PendingDelivery> Accepted { get; } = new();

    public int Attempts => Volatile.Read(ref _attempts);

    public void FailNext(int times) => _failuresLeft = times;

    public Task<DeliveryResult> SendAsync(PendingDelivery delivery, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _attempts);
        if (Interlocked.Decrement(ref _failuresLeft) >= 0)
        {
            return Task.FromResult(DeliveryResult.Retry("platform unavailable"));
        }

        Accepted.Enqueue(delivery);
        return Task.FromResult(DeliveryResult.Accepted);
    }

    public async Task WaitForAsync(Func<IReadOnlyCollection<PendingDelivery>, bool> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition(Accepted))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Delivered so far: {string.Join(", ", Accepted.Select(d => d.Notice.Kind))}");
            }

            await Task.Delay(20);
        }
    }
}
