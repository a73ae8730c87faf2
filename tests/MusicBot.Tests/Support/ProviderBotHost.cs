using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MusicBot.Core;
using MusicBot.Core.Chat;
using MusicBot.Core.Conversations;
using MusicBot.Core.Delivery;
using MusicBot.Endpoints;
using MusicBot.Infrastructure;
using MusicBot.Infrastructure.Sqlite;
using MusicBot.Testing;

namespace MusicBot.Tests.Support;

/// <summary>
/// The bot as it runs, in-process: Core, SQLite, the real remote providers (pointed at an emulator) and the callback
/// endpoint on a real Kestrel port. Only the delivery channel is swapped, for one that records what users get.
/// </summary>
public sealed class ProviderBotHost : IAsyncDisposable
{
    private readonly TestDataDirectory _data = new();
    private WebApplication _app = null!;
    private int _messages;

    private ProviderBotHost()
    {
    }

    public RecordingChannel Channel { get; } = new();

    public string DataDirectory => _data.Path;

    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    public IServiceProvider Services => _app.Services;

    /// <summary>Starts the bot; with <paramref name="callbacks"/> its own address becomes <c>MusicBot:PublicBaseUrl</c>.</summary>
    public static async Task<ProviderBotHost> StartAsync(Dictionary<string, string?> settings, bool callbacks)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var bot = new ProviderBotHost();
        bot.Address = new Uri($"http://127.0.0.1:{FreePort()}/");
        settings["MusicBot:DataDirectory"] = bot._data.Path;
        settings.TryAdd("MusicBot:Generation:WorkerInterval", "00:00:00.020");
        settings.TryAdd("MusicBot:Generation:SubmitRetryDelay", "00:00:00.050");
        settings.TryAdd("MusicBot:Delivery:PollInterval", "00:00:00.020");
        settings.TryAdd("MusicBot:Delivery:RetryDelay", "00:00:00.020");
        if (callbacks)
        {
            settings["MusicBot:PublicBaseUrl"] = bot.Address.AbsoluteUri;
        }

        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(bot.Address.AbsoluteUri);
        builder.Services.AddMusicBotCore().AddMusicBotInfrastructure().AddProviderCallbacks(builder.Configuration);
        builder.Services.AddSingleton<IDeliveryChannel>(bot.Channel);
        bot._app = builder.Build();
        bot._app.MapProviderCallbacks();
        await bot._app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
        await bot._app.StartAsync();
        return bot;
    }

    /// <summary>Sends one chat line as <paramref name="user"/> of the console scope, in its own DI scope like an adapter does.</summary>
    public async Task<ChatReply> SayAsync(string text, string user = "alice")
    {
        var message = new ChatMessage(
            new Invoker(new UserRef(new ConversationScope(Platforms.Console, "local"), user)),
            new DeliveryTarget(Platforms.Console, "terminal"),
            text,
            $"m{Interlocked.Increment(ref _messages)}");
        await using var scope = _app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ChatCommandRouter>().HandleTextAsync(message, CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _data.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
