using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MusicBot.Core.Delivery;
using MusicBot.Core.Observability;
using MusicBot.Core.Providers;
using OpenTelemetry.Metrics;

namespace MusicBot.Observability;

/// <summary>
/// Starts the metrics pipeline before the workers do: the SDK sees only measurements made after its meter provider
/// exists, and shows only series that have recorded, so it is built first and every series dashboards rely on gets
/// its zero (for the chat platforms that deliver here and the providers that are set up).
/// </summary>
public sealed partial class MetricsPipeline(
    MeterProvider meterProvider,
    MusicBotMetrics metrics,
    IEnumerable<IDeliveryChannel> channels,
    IEnumerable<IMusicProvider> providers,
    IOptions<TelemetryOptions> telemetry,
    ILogger<MetricsPipeline> logger)
{
    public void Start()
    {
        GC.KeepAlive(meterProvider);
        metrics.Prime(channels.Select(c => c.Platform), providers.Select(p => p.Name));
        if (telemetry.Value is { IsEnabled: true } otlp)
        {
            LogExporting(otlp.ShownExportUrl ?? "", otlp.OtlpProtocol, otlp.ExportInterval);
        }
    }

    [LoggerMessage(EventId = 5010, Level = LogLevel.Information, Message = "Exporting metrics by OTLP to {Endpoint} ({Protocol}, every {Interval})")]
    private partial void LogExporting(string endpoint, string protocol, TimeSpan interval);
}
