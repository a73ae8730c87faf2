using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MusicBot.Core.Observability;

namespace MusicBot.Observability;

/// <summary>
/// Runs every registered <see cref="IHealthCheck"/> (the database's, and whatever the platform adapters and providers
/// add) side by side, each with its own time limit. A check that throws or hangs counts as unhealthy; its exception
/// goes to the log, and only its type to the answer, because exception messages are not vetted for secrets.
/// </summary>
public sealed partial class HealthProbe(IServiceScopeFactory scopes, TimeProvider time, ILogger<HealthProbe> logger)
{
    /// <summary>Below the usual probe time-outs (Docker and Kubernetes default to several seconds).</summary>
    public static readonly TimeSpan CheckTimeout = TimeSpan.FromSeconds(4);

    public async Task<ReadinessReport> CheckAsync(CancellationToken cancellationToken)
    {
        // A scope per probe, so a check registered as scoped works as well as a singleton one.
        await using var scope = scopes.CreateAsyncScope();
        var checks = scope.ServiceProvider.GetServices<IHealthCheck>();
        var results = await Task.WhenAll(checks.Select(c => RunAsync(c, cancellationToken)));
        return new ReadinessReport(results.All(r => r.IsHealthy) ? "ready" : "unready", [.. results.OrderBy(r => r.Name, StringComparer.Ordinal)]);
    }

    private async Task<CheckResult> RunAsync(IHealthCheck check, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(CheckTimeout);
        HealthReport report;
        try
        {
            report = await check.CheckAsync(limit.Token).WaitAsync(CheckTimeout, time, cancellationToken);
        }
        catch (Exception ex) when (ex is TimeoutException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            report = HealthReport.Unhealthy($"no answer within {CheckTimeout.TotalSeconds:0} s");
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogCheckFailed(ex, check.Name);
            report = HealthReport.Unhealthy($"check failed ({ex.GetType().Name}); see the log");
        }

        if (!report.IsHealthy)
        {
            LogUnhealthy(check.Name, report.Detail);
        }

        return new CheckResult(check.Name, report.IsHealthy ? "healthy" : "unhealthy", report.Detail, Math.Round(time.GetElapsedTime(started).TotalMilliseconds, 1));
    }

    [LoggerMessage(EventId = 5001, Level = LogLevel.Error, Message = "Health check {Check} threw")]
    private partial void LogCheckFailed(Exception exception, string check);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Warning, Message = "Health check {Check} is unhealthy: {Detail}")]
    private partial void LogUnhealthy(string check, string detail);
}
