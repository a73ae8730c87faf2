using System.ComponentModel.DataAnnotations;
using System.Diagnostics.Metrics;
using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MusicBot.Configuration;
using MusicBot.Core.Leases;
using MusicBot.Core.Observability;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace MusicBot.Observability;

public static class ObservabilityServiceCollectionExtensions
{
    public const string ServiceName = "musicbot";

    /// <summary>
    /// Health probes over every registered <c>IHealthCheck</c>, and the OpenTelemetry SDK reading the
    /// <see cref="MusicBotMetrics"/> meter: for Prometheus <c>/metrics</c> always, and pushed by OTLP when
    /// <c>MusicBot:Telemetry:OtlpEndpoint</c> is set. One metrics pipeline feeds both.
    /// </summary>
    public static IServiceCollection AddOperations(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<TelemetryOptions>().BindConfiguration(TelemetryOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(new OptionsCatalog(services));
        services.AddSingleton<DeploymentSummary>();
        services.AddSingleton<HealthProbe>();
        services.AddSingleton<IHealthCheck, LeaseHealthCheck>();
        services.AddSingleton<MetricsPipeline>();

        var otlp = EnabledOtlpSettings(configuration);
        services.AddOpenTelemetry()
            // service.instance.id (target_info on /metrics) tells the series of several instances apart.
            .ConfigureResource(resource => resource.AddService(ServiceName, serviceVersion: Version, serviceInstanceId: InstanceIdentity.From(configuration[InstanceIdentity.ConfigurationKey]).Id))
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(MusicBotMetrics.MeterName);
                metrics.AddPrometheusExporter(prometheus =>
                {
                    // Every scrape sees the current values (the default caches an answer for 300 ms).
                    prometheus.ScrapeResponseCacheDurationMilliseconds = 0;
                    // target_info carries the service name and version once; per-series scope labels would only
                    // repeat "MusicBot" on every line and change the label sets dashboards already use.
                    prometheus.TargetInfoEnabled = true;
                    prometheus.ScopeInfoEnabled = false;
                });
                if (otlp?.ExportUrl is { } target)
                {
                    metrics.AddOtlpExporter((exporter, reader) =>
                    {
                        exporter.Endpoint = target;
                        exporter.Protocol = otlp.OtlpProtocol == TelemetryOptions.HttpProtobuf ? OtlpExportProtocol.HttpProtobuf : OtlpExportProtocol.Grpc;
                        reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = (int)otlp.ExportInterval.TotalMilliseconds;
                    });
                }
            });
        services.ConfigureOpenTelemetryMeterProvider((provider, metrics) =>
        {
            // AddMeter matches a meter by name anywhere in the process; only the one this host's factory made is ours
            // (tests run several hosts in one process, and each must read its own).
            var meters = provider.GetRequiredService<IMeterFactory>();
            metrics.AddView(instrument => ReferenceEquals(instrument.Meter.Scope, meters) ? null : MetricStreamConfiguration.Drop);
        });
        return services;
    }

    internal static string Version => typeof(ObservabilityServiceCollectionExtensions).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    /// <summary>
    /// The OTLP settings when the export is on and they are valid. Read here because the exporter is added (or not)
    /// while services are registered; a value that does not bind or validate adds none, and the start-up validation
    /// lists it with every other problem before anything runs.
    /// </summary>
    private static TelemetryOptions? EnabledOtlpSettings(IConfiguration configuration)
    {
        TelemetryOptions? settings;
        try
        {
            settings = configuration.GetSection(TelemetryOptions.SectionName).Get<TelemetryOptions>();
        }
        catch (InvalidOperationException)
        {
            return null;
        }

        return settings is { IsEnabled: true } && Validator.TryValidateObject(settings, new ValidationContext(settings), null, validateAllProperties: true)
            ? settings
            : null;
    }
}
