using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using MusicBot.Observability;

namespace MusicBot.Endpoints;

/// <summary>
/// The operator's HTTP surface: <c>/healthz</c> (the process answers: liveness), <c>/readyz</c> (every registered
/// health check passes, with JSON detail: readiness) and <c>/metrics</c> (Prometheus text, from the OpenTelemetry
/// exporter; OpenMetrics when the scraper asks for it).
/// </summary>
public static class OperationsEndpoints
{
    public static IEndpointRouteBuilder MapOperationsEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);

        // Liveness must not depend on the database or a platform: restarting the process would not fix those.
        endpoints.MapGet("/healthz", () => Results.Text("ok\n", "text/plain; charset=utf-8"));

        endpoints.MapGet("/readyz", async (HealthProbe probe, CancellationToken cancellationToken) =>
        {
            var report = await probe.CheckAsync(cancellationToken);
            return Results.Json(
                report,
                OperationsJsonContext.Default.ReadinessReport,
                statusCode: report.IsReady ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        });

        // Started now, not on the first scrape: the SDK only sees measurements made after it exists.
        endpoints.ServiceProvider.GetRequiredService<MetricsPipeline>().Start();
        endpoints.MapPrometheusScrapingEndpoint("/metrics");
        return endpoints;
    }
}
