using System.Collections.Concurrent;

namespace MusicBot.Core.Leases;

/// <summary>What this instance holds and what it waits for, as the lease holders last saw it (for readiness).</summary>
public sealed class LeaseBoard
{
    private readonly ConcurrentDictionary<string, bool> _leases = new(StringComparer.Ordinal);

    /// <summary>Each lease this instance runs a job for, and whether it holds it now (false: another instance does).</summary>
    public IReadOnlyDictionary<string, bool> Leases => _leases;

    public void Held(string name) => _leases[name] = true;

    public void Waiting(string name) => _leases[name] = false;

    public void Forget(string name) => _leases.TryRemove(name, out _);

    public bool Holds(string name) => _leases.TryGetValue(name, out var held) && held;
}
