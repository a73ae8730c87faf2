namespace MusicBot.Core.Observability;

/// <summary>
/// One part of the bot that can say whether it is working (the database, a platform connection, a provider's
/// circuit). Adapters register theirs; the host's readiness endpoint asks them all.
/// </summary>
public interface IHealthCheck
{
    /// <summary>Short, stable name, e.g. <c>database</c>, <c>telegram</c>, <c>provider:sunoapi</c>.</summary>
    string Name { get; }

    Task<HealthReport> CheckAsync(CancellationToken cancellationToken);
}
