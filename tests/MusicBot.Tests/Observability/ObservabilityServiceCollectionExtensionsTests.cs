using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MusicBot.Observability;
using MusicBot.Tests.Support;

namespace MusicBot.Tests.Observability;

/// <summary>
/// The metrics pipeline <c>AddOperations</c> registers: the OpenTelemetry SDK over the MusicBot meter, scraped as
/// Prometheus text from <c>/metrics</c> and pushed by OTLP/HTTP to a collector emulator, both on loopback ports.
/// </summary>
public sealed class ObservabilityServiceCollectionExtensionsTests : IAsyncLifetime
{
    private readonly ConcurrentQueue<(string Path, string? ContentType, byte[] Body)> _received = new();
    private WebApplication _collector = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _collector = builder.Build();
        // OTLP/HTTP: a protobuf ExportMetricsServiceRequest POSTed to /v1/metrics; an empty 200 means accepted.
        _collector.MapPost("/v1/metrics", async (HttpRequest request) =>
        {
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body);
            _received.Enqueue((request.Path, request.ContentType, body.ToArray()));
            return Results.Ok();
        });
        await _collector.StartAsync();
    }

    public async Task DisposeAsync() => await _collector.DisposeAsync();

    [Fact]
    public async Task AddOperations_CountersScrapedTwice_EachScrapeShowsTheLatestValuesWithEscapedLabels()
    {
        await using var host = await MetricsHost.StartAsync();

        host.Metrics.CommandHandled("console", "generate");
        var first = await host.ScrapeAsync();
        host.Metrics.CommandHandled("console", "generate");
        host.Metrics.CommandHandled("odd \"one\" \\ with\nnewline", "style");
        host.Metrics.CreditsCharged("local", 3);
        var second = await host.ScrapeAsync();

        Assert.Equal("text/plain; version=0.0.4; charset=utf-8", first.ContentType);
        Assert.Contains("musicbot_commands_total{command=\"generate\",platform=\"console\"} 1\n", first.Body, StringComparison.Ordinal);
        // No response cache: the very next scrape sees the new measurements.
        Assert.Contains("musicbot_commands_total{command=\"generate\",platform=\"console\"} 2\n", second.Body, StringComparison.Ordinal);
        Assert.Contains("# TYPE musicbot_commands_total counter\n# HELP musicbot_commands_total Chat commands handled, by platform and command.\n", second.Body, StringComparison.Ordinal);
        Assert.Contains("musicbot_commands_total{command=\"style\",platform=\"odd \\\"one\\\" \\\\ with\\nnewline\"} 1\n", second.Body, StringComparison.Ordinal);
        Assert.Contains("musicbot_credits_charged_total{provider=\"local\"} 3\n", second.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddOperations_Histogram_WritesCumulativeBucketsSumAndCountInSeconds()
    {
        await using var host = await MetricsHost.StartAsync();

        host.Metrics.GenerationFinished("local", "succeeded", TimeSpan.FromSeconds(3));
        host.Metrics.GenerationFinished("local", "succeeded", TimeSpan.FromSeconds(700));
        host.Metrics.GenerationFinished("local", "failed", duration: null);
        var text = (await host.ScrapeAsync()).Body;

        const string Labels = "outcome=\"succeeded\",provider=\"local\"";
        Assert.Contains("# TYPE musicbot_generation_duration_seconds histogram\n", text, StringComparison.Ordinal);
        Assert.Contains($"musicbot_generation_duration_seconds_bucket{{{Labels},le=\"0\"}} 0\n", text, StringComparison.Ordinal);
        Assert.Contains($"musicbot_generation_duration_seconds_bucket{{{Labels},le=\"5\"}} 1\n", text, StringComparison.Ordinal);
        Assert.Contains($"musicbot_generation_duration_seconds_bucket{{{Labels},le=\"500\"}} 1\n", text, StringComparison.Ordinal);
        Assert.Contains($"musicbot_generation_duration_seconds_bucket{{{Labels},le=\"750\"}} 2\n", text, StringComparison.Ordinal);
        Assert.Contains($"musicbot_generation_duration_seconds_bucket{{{Labels},le=\"+Inf\"}} 2\n", text, StringComparison.Ordinal);
        Assert.Contains($"musicbot_generation_duration_seconds_sum{{{Labels}}} 703\n", text, StringComparison.Ordinal);
        Assert.Contains($"musicbot_generation_duration_seconds_count{{{Labels}}} 2\n", text, StringComparison.Ordinal);
        Assert.Contains("musicbot_generations_total{outcome=\"failed\",provider=\"local\"} 1\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("outcome=\"failed\",provider=\"local\",le=", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddOperations_Scrape_NamesTheServiceOnceInTargetInfoAndAddsNoScopeLabels()
    {
        await using var host = await MetricsHost.StartAsync();
        host.Metrics.RateLimited("telegram");

        var text = (await host.ScrapeAsync()).Body;

        var targetInfo = Assert.Single(text.Split('\n'), l => l.StartsWith("target_info{", StringComparison.Ordinal));
        Assert.Contains("service_name=\"musicbot\"", targetInfo, StringComparison.Ordinal);
        Assert.Contains($"service_version=\"{ObservabilityServiceCollectionExtensions.Version}\"", targetInfo, StringComparison.Ordinal);
        Assert.Contains("musicbot_platform_rate_limited_total{platform=\"telegram\"} 1\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("otel_scope_", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddOperations_OpenMetricsRequested_AnswersOpenMetricsWithTheSameSeries()
    {
        await using var host = await MetricsHost.StartAsync();
        host.Metrics.Delivered("discord");

        var (body, contentType) = await host.ScrapeAsync("application/openmetrics-text; version=1.0.0");

        Assert.StartsWith("application/openmetrics-text; version=1.0.0", contentType, StringComparison.Ordinal);
        Assert.Contains("musicbot_deliveries_total{platform=\"discord\"} 1\n", body, StringComparison.Ordinal);
        Assert.EndsWith("# EOF\n", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddOperations_TwoHostsInOneProcess_EachScrapesOnlyItsOwnMeter()
    {
        await using var mine = await MetricsHost.StartAsync();
        await using var theirs = await MetricsHost.StartAsync();

        mine.Metrics.RateLimited("telegram");
        theirs.Metrics.RateLimited("discord");
        theirs.Metrics.RateLimited("discord");
        var myText = (await mine.ScrapeAsync()).Body;
        var theirText = (await theirs.ScrapeAsync()).Body;

        Assert.Contains("musicbot_platform_rate_limited_total{platform=\"telegram\"} 1\n", myText, StringComparison.Ordinal);
        Assert.DoesNotContain("platform=\"discord\"", myText, StringComparison.Ordinal);
        Assert.Contains("musicbot_platform_rate_limited_total{platform=\"discord\"} 2\n", theirText, StringComparison.Ordinal);
        Assert.DoesNotContain("platform=\"telegram\"", theirText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddOperations_OtlpHttpProtobufEndpoint_PostsTheMusicBotMeterToTheCollector()
    {
        await using (var host = await MetricsHost.StartAsync(new()
        {
            // A bare collector address: the standard /v1/metrics path is added for OTLP/HTTP.
            ["MusicBot:Telemetry:OtlpEndpoint"] = CollectorAddress().ToString(),
            ["MusicBot:Telemetry:OtlpProtocol"] = TelemetryOptions.HttpProtobuf,
            ["MusicBot:Telemetry:ExportInterval"] = "00:00:00.200",
        }))
        {
            host.Metrics.CommandHandled("console", "generate");
            await PipelineHost.WaitUntilAsync(() => Task.FromResult(_received.Any(r => Contains(r.Body, "musicbot.commands"))), TimeSpan.FromSeconds(30));
        }

        var request = _received.First(r => Contains(r.Body, "musicbot.commands"));
        Assert.Equal("/v1/metrics", request.Path);
        Assert.Equal("application/x-protobuf", request.ContentType);
        Assert.True(Contains(request.Body, "musicbot"), "the resource names the service");
        Assert.True(Contains(request.Body, "generate"), "the command label travels with the point");
    }

    private Uri CollectorAddress() =>
        new(_collector.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    private static bool Contains(byte[] body, string text) => body.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) >= 0;
}
