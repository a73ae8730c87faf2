using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MusicBot.Emulators.Discord.Gateway;
using MusicBot.Emulators.Discord.Rest;
using MusicBot.Emulators.Discord.State;

namespace MusicBot.Emulators.Discord;

/// <summary>
/// An emulated Discord on 127.0.0.1 (Kestrel, a random port unless told): the REST API under <c>/api/v10</c>, the
/// gateway at <c>/gateway</c> (and <c>/resume</c> for resume_gateway_url), and a CDN route for files. It checks what the
/// bot sends against Discord's documented rules, enforces the limits and deadlines, and records everything.
/// </summary>
public sealed partial class DiscordEmulator : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly EmulatorContext _context;
    private readonly RestPipeline _pipeline;
    private string _baseUrl = "";

    private DiscordEmulator(EmulatorOptions options)
    {
        Options = options;
        Gateway = new GatewayHub(options, Record, () => _baseUrl.Replace("http://", "ws://", StringComparison.Ordinal) + "/resume");
        _context = new EmulatorContext(options, Clock, State, Record, Gateway, () => _baseUrl);
        _pipeline = new RestPipeline(_context, new RateLimits(options));
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, options.Port);
            kestrel.Limits.MaxRequestBodySize = 64L * 1024 * 1024;
        });
        builder.Services.Configure<FormOptions>(form => form.MultipartBodyLengthLimit = 64L * 1024 * 1024);
        _app = builder.Build();
        _app.UseWebSockets();
        _app.UseRouting();
        _app.Use((http, next) => _pipeline.InvokeAsync(http, next));
        MapRoutes();
    }

    public EmulatorOptions Options { get; }

    public EmulatorClock Clock { get; } = new();

    public EmulatorState State { get; } = new();

    public EmulatorRecord Record { get; } = new();

    public GatewayHub Gateway { get; }

    /// <summary><c>http://127.0.0.1:port</c>.</summary>
    public string BaseUrl => _baseUrl;

    /// <summary>What the bot's <c>MusicBot:Discord:ApiBaseUrl</c> should be.</summary>
    public string ApiBaseUrl => $"{_baseUrl}/api/v10";

    public static async Task<DiscordEmulator> StartAsync(EmulatorOptions? options = null)
    {
        var emulator = new DiscordEmulator(options ?? new EmulatorOptions());
        await emulator._app.StartAsync();
        var address = emulator._app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        emulator._baseUrl = address.Replace("[::1]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');
        return emulator;
    }

    /// <summary>The next request whose "METHOD /route" contains <paramref name="routeContains"/> is answered 429.</summary>
    public void Inject429(string routeContains, double retryAfter, bool isGlobal = false) => _pipeline.Inject429(routeContains, retryAfter, isGlobal);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private void MapRoutes()
    {
        _app.Map("/gateway", http => Gateway.AcceptAsync(http, isResumeUrl: false));
        _app.Map("/resume", http => Gateway.AcceptAsync(http, isResumeUrl: true));
        _app.MapGet("/cdn/attachments/{id}/{filename}", (HttpContext http, string id) => ApiEndpoints.FileAsync(http, _context, id));

        var api = _app.MapGroup("/api/v10");
        api.MapGet("/gateway/bot", http => ApiEndpoints.GatewayBotAsync(http, _context))
            .WithMetadata(new RouteRule("gateway-bot", o => o.GatewayBot, []));
        api.MapPut("/applications/{application_id}/commands", (HttpContext http, string application_id) => ApiEndpoints.OverwriteCommandsAsync(http, _context, application_id, null))
            .WithMetadata(new RouteRule("commands", o => o.Commands, ["application_id"]));
        api.MapPut("/applications/{application_id}/guilds/{guild_id}/commands", (HttpContext http, string application_id, string guild_id) => ApiEndpoints.OverwriteCommandsAsync(http, _context, application_id, guild_id))
            .WithMetadata(new RouteRule("commands", o => o.Commands, ["application_id", "guild_id"]));
        api.MapPost("/interactions/{interaction_id}/{interaction_token}/callback", (HttpContext http, string interaction_id, string interaction_token) => InteractionEndpoints.CallbackAsync(http, _context, interaction_id, interaction_token))
            .WithMetadata(new RouteRule("interaction-callback", o => o.Callbacks, ["interaction_id"], RequiresAuth: false, IsExemptFromGlobal: true));
        api.MapMethods("/webhooks/{application_id}/{interaction_token}/messages/@original", ["GET", "PATCH", "DELETE"], (HttpContext http, string application_id, string interaction_token) => WebhookEndpoints.OriginalAsync(http, _context, application_id, interaction_token))
            .WithMetadata(new RouteRule("webhook", o => o.Webhooks, ["application_id", "interaction_token"], RequiresAuth: false, IsExemptFromGlobal: true));
        api.MapPost("/webhooks/{application_id}/{interaction_token}", (HttpContext http, string application_id, string interaction_token) => WebhookEndpoints.FollowUpAsync(http, _context, application_id, interaction_token))
            .WithMetadata(new RouteRule("webhook", o => o.Webhooks, ["application_id", "interaction_token"], RequiresAuth: false, IsExemptFromGlobal: true));
        api.MapPost("/channels/{channel_id}/messages", (HttpContext http, string channel_id) => ApiEndpoints.CreateMessageAsync(http, _context, channel_id))
            .WithMetadata(new RouteRule("channel-messages", o => o.ChannelMessages, ["channel_id"]));
    }
}
