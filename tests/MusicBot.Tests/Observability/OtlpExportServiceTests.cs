using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MusicBot.Core.Observability;
using MusicBot.Observability;
using MusicBot.Tests.Support;

namespace MusicBot.Tests.Observability;

/// <summary>OTLP/HTTP export against a collector emulator on a random loopback port.</summary>
public sealed class OtlpExportServiceTests : IAsyncLifetime
{
    private readonly ConcurrentQueue<(string Path, string? ContentType, byte[] Body)> _received = new();
    private WebApplication _collector = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _collector = builder.Build();
        // OTLP/HTTP: protobuf ExportMetricsServiceRequest POSTed to /v1/metrics; an empty 200 means accepted.
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
    public async Task StartAsync_HttpProtobufEndpoint_PostsTheMusicBotMeterToTheCollector()
    {
        using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        using var metrics = new MusicBotMetrics(services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>());
        var options = Options.Create(new TelemetryOptions
        {
            OtlpEndpoint = CollectorAddress(),
            OtlpProtocol = TelemetryOptions.HttpProtobuf,
            ExportInterval = TimeSpan.FromMilliseconds(200),
        });
        using var export = new OtlpExportService(options, NullLogger<OtlpExportService>.Instance);

        await export.StartAsync(CancellationToken.None);
        metrics.CommandHandled("console", "generate");
        await PipelineHost.WaitUntilAsync(() => Task.FromResult(_received.Any(r => Contains(r.Body, "musicbot.commands"))), TimeSpan.FromSeconds(30));
        await export.StopAsync(CancellationToken.None);

        var request = _received.First(r => Contains(r.Body, "musicbot.commands"));
        Assert.Equal("/v1/metrics", request.Path);
        Assert.Equal("application/x-protobuf", request.ContentType);
        Assert.True(Contains(request.Body, "musicbot"), "the resource names the service");
        Assert.True(Contains(request.Body, "generate"), "the command label travels with the point");
    }

    [Fact]
    public async Task StartAsync_NoEndpoint_ExportsNothing()
    {
        using var export = new OtlpExportService(Options.Create(new TelemetryOptions()), NullLogger<OtlpExportService>.Instance);

        await export.StartAsync(CancellationToken.None);
        await export.StopAsync(CancellationToken.None);

        Assert.Empty(_received);
    }

    private Uri CollectorAddress() =>
        new(_collector.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    private static bool Contains(byte[] body, string text) => body.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) >= 0;
}
