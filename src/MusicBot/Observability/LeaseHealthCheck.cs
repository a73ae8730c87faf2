using MusicBot.Core.Leases;
using MusicBot.Core.Observability;

namespace MusicBot.Observability;

/// <summary>
/// The "instance" entry of <c>/readyz</c>: this instance's id and which leases it holds or waits for. Always healthy:
/// waiting while another instance holds a lease is how several instances share one job, and a job's own check (the
/// Telegram or Discord one) reports whether the job works.
/// </summary>
public sealed class LeaseHealthCheck(InstanceIdentity instance, LeaseBoard board, ILeaseStore store) : IHealthCheck
{
    public string Name => "instance";

    public Task<HealthReport> CheckAsync(CancellationToken cancellationToken)
    {
        var held = board.Leases.Where(l => l.Value).Select(l => l.Key).Order(StringComparer.Ordinal).ToList();
        var waiting = board.Leases.Where(l => !l.Value).Select(l => l.Key).Order(StringComparer.Ordinal).ToList();
        var scope = store.IsShared ? "" : " (the only instance on this store)";
        var parts = new List<string> { $"{instance.Id}{scope}" };
        if (held.Count > 0)
        {
            parts.Add($"holds {string.Join(", ", held)}");
        }

        if (waiting.Count > 0)
        {
            parts.Add($"standby for {string.Join(", ", waiting)}");
        }

        return Task.FromResult(HealthReport.Healthy(string.Join("; ", parts)));
    }
}
