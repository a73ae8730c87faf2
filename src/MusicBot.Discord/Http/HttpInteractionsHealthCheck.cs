using MusicBot.Core.Observability;

namespace MusicBot.Discord.Http;

/// <summary>Without the gateway, Discord is healthy once the token was accepted and the application is known.</summary>
public sealed class HttpInteractionsHealthCheck(DiscordApplication application) : IHealthCheck
{
    public string Name => "discord";

    public Task<HealthReport> CheckAsync(CancellationToken cancellationToken) => Task.FromResult(application.IsKnown
        ? HealthReport.Healthy($"interactions over HTTP for application {application.Id} (gateway off)")
        : HealthReport.Unhealthy("the application is not known yet (GET /applications/@me has not succeeded)"));
}
