using System.ComponentModel.DataAnnotations;

namespace MusicBot.Observability;

/// <summary>
/// Section <c>MusicBot:Telemetry</c>: optional OTLP export of the bot's metrics to a collector. Off unless an
/// endpoint is given; <c>/metrics</c> works either way. Collector credentials belong in the standard
/// <c>OTEL_EXPORTER_OTLP_HEADERS</c> environment variable, which the exporter reads itself.
/// </summary>
public sealed class TelemetryOptions : IValidatableObject
{
    public const string SectionName = "MusicBot:Telemetry";
    public const string Grpc = "grpc";
    public const string HttpProtobuf = "http/protobuf";

    /// <summary>The collector, e.g. <c>http://otel-collector:4317</c> (grpc) or <c>http://otel-collector:4318</c> (http/protobuf).</summary>
    public Uri? OtlpEndpoint { get; set; }

    [Required]
    public string OtlpProtocol { get; set; } = Grpc;

    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00")]
    public TimeSpan ExportInterval { get; set; } = TimeSpan.FromSeconds(60);

    // An empty value in a file binds to an empty relative URI: that means off, like no value.
    public bool IsEnabled => OtlpEndpoint is { OriginalString.Length: > 0 };

    /// <summary>
    /// Where the exporter sends: over HTTP it posts to exactly the URL it is given, so a bare collector address gets
    /// the standard <c>/v1/metrics</c> path; gRPC takes the address as it is.
    /// </summary>
    public Uri? ExportUrl => OtlpEndpoint is { IsAbsoluteUri: true } endpoint && OtlpProtocol == HttpProtobuf && endpoint.AbsolutePath is "" or "/"
        ? new Uri(endpoint, "v1/metrics")
        : OtlpEndpoint;

    /// <summary>The export URL without user info or query, for the log: a collector URL may carry credentials there.</summary>
    public string? ShownExportUrl => ExportUrl is { IsAbsoluteUri: true } url ? new UriBuilder(url) { UserName = "", Password = "", Query = "" }.Uri.ToString() : null;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (OtlpProtocol is not (Grpc or HttpProtobuf))
        {
            yield return new ValidationResult($"{SectionName}:OtlpProtocol is '{OtlpProtocol}'; use {Grpc} or {HttpProtobuf}.", [nameof(OtlpProtocol)]);
        }

        if (IsEnabled && OtlpEndpoint is { } endpoint && (!endpoint.IsAbsoluteUri || endpoint.Scheme is not ("http" or "https")))
        {
            yield return new ValidationResult($"{SectionName}:OtlpEndpoint '{endpoint}' is not an absolute http(s) URL, e.g. http://otel-collector:4317.", [nameof(OtlpEndpoint)]);
        }
    }
}
