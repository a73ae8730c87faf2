using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MusicBot.Core.Observability;

namespace MusicBot.Core.Delivery;

/// <summary>
/// One pass over the outbox: send each due notice through its platform's channel and record the answer.
/// A row is marked delivered only after the platform accepted it; failures back off exponentially.
/// </summary>
public sealed partial class DeliveryDispatcher(
    IDeliveryOutbox outbox,
    IEnumerable<IDeliveryChannel> channels,
    IOptions<DeliveryOptions> options,
    MusicBotMetrics metrics,
    TimeProvider time,
    ILogger<DeliveryDispatcher> logger)
{
    private readonly Dictionary<string, IDeliveryChannel> _channels = channels.ToDictionary(c => c.Platform, StringComparer.Ordinal);

    /// <summary>Sends what is due; returns how many notices were delivered.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        if (_channels.Count == 0)
        {
            return 0;
        }

        var due = await outbox.ListDueAsync(_channels.Keys, time.GetUtcNow(), 50, cancellationToken);
        var delivered = 0;
        foreach (var delivery in due)
        {
            if (await SendAsync(delivery, cancellationToken))
            {
                delivered++;
            }
        }

        return delivered;
    }

    private async Task<bool> SendAsync(PendingDelivery delivery, CancellationToken cancellationToken)
    {
        DeliveryResult result;
        try
        {
            result = await _channels[delivery.Target.Platform].SendAsync(delivery, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogSendException(ex, delivery.Id, delivery.TaskId);
            result = DeliveryResult.Retry(ex.GetType().Name);
        }

        if (result.IsAccepted)
        {
            await outbox.MarkDeliveredAsync(delivery.Id, time.GetUtcNow(), cancellationToken);
            metrics.Delivered(delivery.Target.Platform);
            return true;
        }

        var attempts = delivery.Attempts + 1;
        var giveUp = result.IsPermanentFailure || attempts >= options.Value.MaxAttempts;
        var delay = result.RetryAfter ?? Backoff(attempts);
        metrics.DeliveryRetried(delivery.Target.Platform, giveUp);
        LogSendFailed(delivery.Id, delivery.TaskId, attempts, giveUp, result.Error ?? "unknown");
        await outbox.MarkFailedAttemptAsync(delivery.Id, result.Error ?? "unknown", time.GetUtcNow() + delay, giveUp, cancellationToken);
        return false;
    }

    private TimeSpan Backoff(int attempts)
    {
        var settings = options.Value;
        var factor = Math.Pow(2, Math.Min(attempts - 1, 20));
        var delay = TimeSpan.FromMilliseconds(settings.RetryDelay.TotalMilliseconds * factor);
        return delay < settings.MaxRetryDelay ? delay : settings.MaxRetryDelay;
    }

    [LoggerMessage(EventId = 3001, Level = LogLevel.Warning, Message = "Delivery {DeliveryId} of task {TaskId} failed (attempt {Attempts}, giving up: {GiveUp}): {Error}")]
    private partial void LogSendFailed(long deliveryId, long taskId, int attempts, bool giveUp, string error);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Error, Message = "Delivery {DeliveryId} of task {TaskId} threw")]
    private partial void LogSendException(Exception exception, long deliveryId, long taskId);
}
