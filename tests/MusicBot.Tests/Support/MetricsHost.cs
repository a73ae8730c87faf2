using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MusicBot.Core.Delivery;
using MusicBot.Core.Observability;
using MusicBot.Core.Providers;
using MusicBot.Endpoints;
using MusicBot.Observability;

namespace MusicBot.Tests.Support;

/// <summary>
/// The host's metrics pipeline as Program composes it (<c>AddOperations</c>, <c>MapOperationsEndpoints</c>) on a
/// random loopback port, with the bot's own <see cref="MusicBotMetrics"/>, a console channel and the local provider.
/// </summary>
public sealed class MetricsHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly HttpClient _http = new();

    private MetricsHost(WebApplication app)
    {
        _app = app;
    }

    public MusicBotMetrics Metrics => _app.Services.GetRequiredService<MusicBotMetrics>();

    public static async Task<MetricsHost> StartAsync(Dictionary<string, string?>? settings = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(settings ?? []);
        builder.Services.AddMetrics();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<MusicBotMetrics>();
        builder.Services.AddSingleton<IDeliveryChannel, RecordingChannel>();
        builder.Services.AddSingleton<IMusicProvider, ScriptedProvider>();
        builder.Services.AddOperations(builder.Configuration);
        var app = builder.Build();
        app.MapOperationsEndpoints();
        await app.StartAsync();
        return new MetricsHost(app);
    }

    public async Task<(string Body, string? ContentType)> ScrapeAsync(string? accept = null)
    {
        var address = new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(address, "metrics"));
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        using var response = await _http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadAsStringAsync(), response.Content.Headers.ContentType?.ToString());
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
