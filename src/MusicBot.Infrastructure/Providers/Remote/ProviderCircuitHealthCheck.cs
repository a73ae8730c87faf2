using MusicBot.Core.Observability;
using Polly.CircuitBreaker;

namespace MusicBot.Infrastructure.Providers.Remote;

/// <summary>A provider is unhealthy while its circuit is open: too many of its calls failed, so the bot pauses them.</summary>
public sealed class ProviderCircuitHealthCheck(string provider, CircuitBreakerStateProvider circuit) : IHealthCheck
{
    public string Name => $"provider:{provider}";

    public Task<HealthReport> CheckAsync(CancellationToken cancellationToken) => Task.FromResult(circuit.CircuitState switch
    {
        CircuitState.Open or CircuitState.Isolated => HealthReport.Unhealthy($"circuit open: {provider} failed too often; calls paused"),
        CircuitState.HalfOpen => HealthReport.Healthy("circuit half-open: probing"),
        _ => HealthReport.Healthy("circuit closed"),
    });
}
