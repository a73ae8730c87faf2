namespace MusicBot.Core.Delivery;

/// <summary>The notices waiting to be sent; rows are written by <see cref="Generation.IGenerationTaskRepository.ApplyAsync"/>.</summary>
public interface IDeliveryOutbox
{
    /// <summary>
    /// Due rows for the given platforms, at most one per task (the oldest unsent), so a task's notices
    /// arrive in order.
    /// </summary>
    Task<IReadOnlyList<PendingDelivery>> ListDueAsync(IReadOnlyCollection<string> platforms, DateTimeOffset now, int limit, CancellationToken cancellationToken);

    Task MarkDeliveredAsync(long deliveryId, DateTimeOffset now, CancellationToken cancellationToken);

    Task MarkFailedAttemptAsync(long deliveryId, string failure, DateTimeOffset nextAttemptAt, bool giveUp, CancellationToken cancellationToken);

    /// <summary>Unsent rows for a platform (used to know when in-flight work is done).</summary>
    Task<int> CountPendingAsync(string platform, CancellationToken cancellationToken);
}
