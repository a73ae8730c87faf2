using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MusicBot.Emulators.Telegram.Model;
using MusicBot.Emulators.Telegram.Server;
using MusicBot.Emulators.Telegram.Updates;

namespace MusicBot.Emulators.Telegram;

/// <summary>
/// A Telegram Bot API server on 127.0.0.1 (real Kestrel): the bot talks to it exactly as to api.telegram.org or a
/// local telegram-bot-api. Tests script users, chats and their messages (see <see cref="Script"/>), and read back
/// every call and every message the bot produced.
/// </summary>
public sealed partial class TelegramEmulator : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly WebhookPusher _pusher;
    private readonly HttpClient _fetcher = new() { Timeout = TimeSpan.FromSeconds(10) };

    private TelegramEmulator(EmulatorOptions options, int port, TimeProvider time)
    {
        World = new EmulatorWorld(options, time);
        Queue = new PendingUpdates(options.FirstUpdateId);
        Webhook = new WebhookState();
        Flood = new FloodMonitor(time) { Limits = options.Flood };
        _pusher = new WebhookPusher(Queue, Webhook, options.WebhookRetryDelay, options.WebhookTimeout, time);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        _app = builder.Build();
        var handler = new BotApiHandler(World, Queue, Webhook, Flood, _fetcher);
        _app.Run(handler.HandleAsync);
        Script = new EmulatorScript(World, Queue);
        World.Users[options.Bot.Id] = options.Bot;
    }

    public EmulatorWorld World { get; }

    public PendingUpdates Queue { get; }

    public WebhookState Webhook { get; }

    public FloodMonitor Flood { get; }

    /// <summary>Users, chats and what they say.</summary>
    public EmulatorScript Script { get; }

    public string BaseUrl { get; private set; } = "";

    public string Token => World.Options.Token;

    public EmulatedUser Bot => World.Bot;

    public static async Task<TelegramEmulator> StartAsync(EmulatorOptions? options = null, int port = 0, TimeProvider? time = null)
    {
        var emulator = new TelegramEmulator(options ?? new EmulatorOptions(), port, time ?? TimeProvider.System);
        await emulator._app.StartAsync();
        var address = emulator._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        emulator.BaseUrl = address.TrimEnd('/');
        emulator._pusher.Start();
        return emulator;
    }

    public async ValueTask DisposeAsync()
    {
        await _pusher.DisposeAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _fetcher.Dispose();
    }
}
