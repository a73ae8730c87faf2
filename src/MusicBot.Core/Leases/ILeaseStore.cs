namespace MusicBot.Core.Leases;

/// <summary>
/// Named leases in the store: at most one holder per name until its lease expires, so one job (Telegram polling, a
/// Discord shard) runs on exactly one of several instances, and another takes it over when its holder dies.
/// </summary>
public interface ILeaseStore
{
    /// <summary>
    /// Whether several instances can share this store (PostgreSQL). An embedded store belongs to one process, which
    /// then holds every lease without asking (a stale row left by a killed predecessor must not hold up a restart).
    /// </summary>
    bool IsShared { get; }

    /// <summary>Takes a free or expired lease, or renews one already held by <paramref name="holder"/>; false when another holds it.</summary>
    Task<bool> TryAcquireAsync(string name, string holder, DateTimeOffset now, TimeSpan duration, CancellationToken cancellationToken);

    /// <summary>Gives the lease up if <paramref name="holder"/> still holds it, so a successor need not wait for it to expire.</summary>
    Task ReleaseAsync(string name, string holder, CancellationToken cancellationToken);

    /// <summary>Every lease row, held or expired, for health reports and tests.</summary>
    Task<IReadOnlyList<LeaseRow>> ListAsync(CancellationToken cancellationToken);
}

/// <summary>One lease as stored.</summary>
public sealed record LeaseRow(string Name, string Holder, DateTimeOffset ExpiresAt);
