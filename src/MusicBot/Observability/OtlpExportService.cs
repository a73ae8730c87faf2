using System.Reflection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MusicBot.Core.Observability;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace MusicBot.Observability;

/// <summary>
/// Pushes the <see cref="MusicBotMetrics"/> meter to an OTLP collector when <c>MusicBot:Telemetry:OtlpEndpoint</c> is
/// set. OpenTelemetry.Extensions.Hosting is not on the feed, so the SDK's meter provider is built and disposed here;
/// disposing it flushes a last export on shutdown.
/// </summary>
public sealed partial class OtlpExportService(IOptions<TelemetryOptions> options, ILogger<OtlpExportService> logger) : IHostedService, IDisposable
{
    private MeterProvider? _provider;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var telemetry = options.Value;
        if (!telemetry.IsEnabled || telemetry.OtlpEndpoint is not { } endpoint)
        {
            return Task.CompletedTask;
        }

        var isHttp = telemetry.OtlpProtocol == TelemetryOptions.HttpProtobuf;
        // Over HTTP the exporter posts to exactly the URL it is given; a bare collector address gets the standard path.
        var target = isHttp && endpoint.AbsolutePath is "" or "/" ? new Uri(endpoint, "v1/metrics") : endpoint;
        _provider = Sdk.CreateMeterProviderBuilder()
            .ConfigureResource(r => r.AddService("musicbot", serviceVersion: Version))
            .AddMeter(MusicBotMetrics.MeterName)
            .AddOtlpExporter((exporter, reader) =>
            {
                exporter.Endpoint = target;
                exporter.Protocol = isHttp ? OtlpExportProtocol.HttpProtobuf : OtlpExportProtocol.Grpc;
                reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = (int)telemetry.ExportInterval.TotalMilliseconds;
            })
            .Build();
        // Logged without user info or query: a collector URL may carry credentials there.
        var shown = new UriBuilder(target) { UserName = "", Password = "", Query = "" }.Uri.ToString();
        LogExporting(shown, telemetry.OtlpProtocol, telemetry.ExportInterval);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        _provider?.Dispose();
        _provider = null;
    }

    private static string Version => typeof(OtlpExportService).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    [LoggerMessage(EventId = 5010, Level = LogLevel.Information, Message = "Exporting metrics by OTLP to {Endpoint} ({Protocol}, every {Interval})")]
    private partial void LogExporting(string endpoint, string protocol, TimeSpan interval);
}
