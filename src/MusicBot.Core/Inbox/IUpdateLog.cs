namespace MusicBot.Core.Inbox;

/// <summary>
/// Makes inbound platform updates take effect once: a claim per (source, update id) that only one handler can win,
/// and the cursor (the next update to ask for) that survives restarts.
/// </summary>
public interface IUpdateLog
{
    /// <summary>
    /// Claims the update atomically; true only for the first caller. A redelivered update (a restart before the
    /// cursor moved, a webhook retry) gets false and must be skipped.
    /// </summary>
    Task<bool> TryClaimAsync(UpdateSource source, long updateId, CancellationToken cancellationToken);

    /// <summary>Marks a claimed update handled and moves the cursor past it (never backwards), in one transaction.</summary>
    Task MarkHandledAsync(UpdateSource source, long updateId, CancellationToken cancellationToken);

    /// <summary>The first update id not yet handled, or null when this source has never been read.</summary>
    Task<long?> GetNextOffsetAsync(UpdateSource source, CancellationToken cancellationToken);

    /// <summary>Forgets claims older than <paramref name="before"/> (platforms keep updates for a day at most); returns how many.</summary>
    Task<int> PruneAsync(DateTimeOffset before, CancellationToken cancellationToken);

    /// <summary>
    /// Records an update that could not be read, with the reason (it must hold no user text), and moves the cursor
    /// past it, in one transaction: one malformed update never holds up the ones after it.
    /// </summary>
    Task RejectAsync(UpdateSource source, long updateId, string reason, CancellationToken cancellationToken);

    /// <summary>
    /// Keeps an update's body until it is processed, so a receiver can acknowledge it at once (a webhook answers
    /// before the update is handled). A second delivery of a queued update changes nothing; false then.
    /// </summary>
    Task<bool> EnqueueAsync(UpdateSource source, long updateId, string payload, CancellationToken cancellationToken);

    /// <summary>The oldest queued updates of the source, lowest id first.</summary>
    Task<IReadOnlyList<QueuedUpdate>> GetQueuedAsync(UpdateSource source, int limit, CancellationToken cancellationToken);

    /// <summary>Drops a queued update once it has been processed (claimed and handled, or found already taken).</summary>
    Task DequeueAsync(UpdateSource source, long updateId, CancellationToken cancellationToken);
}
