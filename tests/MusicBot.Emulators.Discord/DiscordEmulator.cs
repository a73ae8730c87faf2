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
using MusicBot.Emulators.Discord.Http;
using MusicBot.Emulators.Discord.Rest;
using MusicBot.Emulators.Discord.State;

namespace MusicBot.Emulators.Discord;

/// <summary>
/// An emulated Discord on 127.0.0.1 (Kestrel, a random port unless told): the REST API under <c>/api/v10</c>, the
/// gateway at <c>/gateway</c> (and <c>/resume</c> for resume_gateway_url), a CDN route for files, and, once an
/// Interactions Endpoint URL is saved, signed HTTP interactions sent to the bot. It checks what the
/// bot sends against Discord's documented rules, enforces the limits and deadlines, and records everything.
/// </summary>
public sealed partial class DiscordEmulator : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly EmulatorContext _context;
    private readonly RestPipeline _pipeline;
    private readonly HttpInteractions _http;
    private string _baseUrl = "";

    private DiscordEmulator(EmulatorOptions options)
    {
        Options = options;
        Gateway = new GatewayHub(options, Record, () => _baseUrl.Replace("http://", "ws://", StringComparison.Ordinal) + "/resume");
        _context = new EmulatorContext(options, Clock, State, Record, Gateway, () => _baseUrl);
        _pipeline = new RestPipeline(_context, new RateLimits(options));
        _http = new HttpInteractions(_context, Signer);
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

    /// <summary>The application's key pair: the bot's <c>MusicBot:Discord:PublicKey</c> must be <see cref="InteractionSigner.PublicKeyHex"/>.</summary>
    public InteractionSigner Signer { get; } = new();

    /// <summary>Where interactions are POSTed once <see cref="SetInteractionsEndpointAsync"/> accepted it; null: the gateway.</summary>
    public string? InteractionsEndpointUrl => _http.EndpointUrl;

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

    /// <summary>
    /// Saves the Interactions Endpoint URL as the Developer Portal does: a signed PING must get a JSON PONG and a badly
    /// signed one 401, or the URL is refused (the message says why, in Discord's words first). From then on
    /// interactions go there instead of the gateway.
    /// </summary>
    public async Task SetInteractionsEndpointAsync(string url)
    {
        if (await _http.SaveEndpointAsync(url) is { } refused)
        {
            throw new InvalidOperationException(refused);
        }
    }

    /// <summary>POSTs <paramref name="payload"/> to the endpoint as Discord would, optionally with another timestamp or a broken signature.</summary>
    public Task<(int Status, string? ContentType, string Body)> PostSignedAsync(string url, System.Text.Json.Nodes.JsonObject payload, string? timestamp = null, bool forge = false) =>
        _http.PostAsync(url, payload, timestamp, forge);

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
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
        api.MapGet("/applications/@me", http => ApiEndpoints.CurrentApplicationAsync(http, _context, Signer.PublicKeyHex))
            .WithMetadata(new RouteRule("application", o => o.GatewayBot, []));
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
