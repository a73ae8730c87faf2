using Microsoft.Extensions.DependencyInjection;
using MusicBot.Configuration;

namespace MusicBot.Observability;

public static class ObservabilityServiceCollectionExtensions
{
    /// <summary>Health probes over every registered <c>IHealthCheck</c>, Prometheus <c>/metrics</c> and optional OTLP export.</summary>
    public static IServiceCollection AddOperations(this IServiceCollection services)
    {
        services.AddOptions<TelemetryOptions>().BindConfiguration(TelemetryOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(new OptionsCatalog(services));
        services.AddSingleton<DeploymentSummary>();
        services.AddSingleton<HealthProbe>();
        services.AddSingleton<PrometheusMetrics>();
        services.AddHostedService<OtlpExportService>();
        return services;
    }
}
