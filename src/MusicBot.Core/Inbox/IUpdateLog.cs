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
}
