using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MusicBot.Core;
using MusicBot.Emulators.Telegram;
using MusicBot.Infrastructure;
using MusicBot.Infrastructure.Sqlite;
using MusicBot.Testing;

namespace MusicBot.Telegram.Tests.Support;

/// <summary>
/// The bot's real service graph (Core, SQLite, the Telegram adapter, both workers, the webhook endpoint) on Kestrel,
/// pointed at a <see cref="TelegramEmulator"/>. Only configuration differs from production (short intervals, the
/// emulator's address), plus, where a test asks, the music provider.
/// </summary>
public sealed class TelegramBotHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly bool _ownsData;

    private TelegramBotHost(WebApplication app, TestDataDirectory data, bool ownsData, LogCapture logs)
    {
        _app = app;
        Data = data;
        _ownsData = ownsData;
        Logs = logs;
    }

    public TestDataDirectory Data { get; }

    public LogCapture Logs { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<TelegramBotHost> StartAsync(
        TelegramEmulator emulator,
        Dictionary<string, string?>? settings = null,
        Action<IServiceCollection>? services = null,
        TestDataDirectory? data = null)
    {
        var directory = data ?? new TestDataDirectory();
        var logs = new LogCapture();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection(Defaults(emulator, directory, settings));
        builder.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Debug);
        builder.WebHost.UseUrls(builder.Configuration["Test:Urls"] ?? "http://127.0.0.1:0");
        builder.Host.UseDefaultServiceProvider(o =>
        {
            o.ValidateScopes = true;
            o.ValidateOnBuild = true;
        });
        builder.Services.AddMusicBotCore().AddMusicBotInfrastructure().AddTelegramAdapter(builder.Configuration);
        services?.Invoke(builder.Services);
        var app = builder.Build();
        app.Services.GetRequiredService<IStartupValidator>().Validate();
        await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
        app.MapTelegramWebhook();
        try
        {
            await app.StartAsync();
        }
        catch (OperationCanceledException) when (app.Lifetime.ApplicationStopping.IsCancellationRequested)
        {
            // The bot stopped itself while starting (a rejected token can be seen that fast); the test asserts on it.
        }

        return new TelegramBotHost(app, directory, data is null, logs);
    }

    /// <summary>A free local port, for a webhook address that must be known before the host starts.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        if (_ownsData)
        {
            Data.Dispose();
        }
    }

    private static Dictionary<string, string?> Defaults(TelegramEmulator emulator, TestDataDirectory data, Dictionary<string, string?>? overrides)
    {
        var settings = new Dictionary<string, string?>
        {
            ["MusicBot:DataDirectory"] = data.Path,
            ["MusicBot:Telegram:BotToken"] = emulator.Token,
            ["MusicBot:Telegram:ApiBaseUrl"] = emulator.BaseUrl,
            ["MusicBot:Telegram:PollTimeout"] = "00:00:05",
            ["MusicBot:Telegram:ErrorCooldown"] = "00:00:00.200",
            ["MusicBot:Telegram:ChatMessageInterval"] = "00:00:00.010",
            ["MusicBot:Telegram:GroupMessagesPerMinute"] = "100000",
            ["MusicBot:Telegram:GlobalMessagesPerSecond"] = "100000",
            ["MusicBot:Generation:WorkerInterval"] = "00:00:00.020",
            ["MusicBot:Delivery:PollInterval"] = "00:00:00.020",
            ["MusicBot:Delivery:RetryDelay"] = "00:00:00.050",
            ["MusicBot:Providers:Local:StageDelay"] = "00:00:00.100",
            ["MusicBot:Providers:Local:PollInterval"] = "00:00:00.020",
        };
        foreach (var (key, value) in overrides ?? [])
        {
            settings[key] = value;
        }

        return settings;
    }
}
