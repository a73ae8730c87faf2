using MusicBot.Core.Observability;
using Polly.CircuitBreaker;

namespace MusicBot.Infrastructure.Providers.Remote;

/// <summary>A provider is unhealthy while its circuit is open: too many of its calls failed, so the bot pauses them.</summary>
public sealed class ProviderCircuitHealthCheck(ProviderResilience resilience) : IHealthCheck
{
    public string Name => $"provider:{resilience.Provider}";

    public Task<HealthReport> CheckAsync(CancellationToken cancellationToken) => Task.FromResult(resilience.CircuitState switch
    {
        CircuitState.Open or CircuitState.Isolated => HealthReport.Unhealthy($"circuit open: {resilience.Provider} failed too often; calls paused"),
        CircuitState.HalfOpen => HealthReport.Healthy("circuit half-open: probing"),
        _ => HealthReport.Healthy("circuit closed"),
    });
}
