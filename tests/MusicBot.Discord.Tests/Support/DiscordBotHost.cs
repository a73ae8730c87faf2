using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using MusicBot.Core;
using MusicBot.Discord.Commands;
using MusicBot.Discord.Gateway;
using MusicBot.Discord.Http;
using MusicBot.Discord.Interactions;
using MusicBot.Emulators.Discord;
using MusicBot.Infrastructure;
using MusicBot.Infrastructure.Sqlite;
using MusicBot.Testing;

namespace MusicBot.Discord.Tests.Support;

/// <summary>
/// The bot as production composes it (Core, SQLite infrastructure with the offline <c>local</c> provider, the Discord
/// adapter, and the HTTP interactions endpoint on Kestrel at 127.0.0.1) pointed at a <see cref="DiscordEmulator"/>:
/// only the API base URL and timings differ.
/// </summary>
public sealed class DiscordBotHost : IAsyncDisposable
{
    private readonly WebApplication _host;
    private readonly TestDataDirectory _data = new();

    private DiscordBotHost(DiscordEmulator emulator, Dictionary<string, string?> settings, TimeProvider? time, Action<IServiceCollection>? services)
    {
        Emulator = emulator;
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.Sources.Clear();
        var defaults = new Dictionary<string, string?>
        {
            ["MusicBot:DataDirectory"] = _data.Path,
            ["MusicBot:Discord:BotToken"] = emulator.Options.Token,
            ["MusicBot:Discord:ApiBaseUrl"] = emulator.ApiBaseUrl,
            ["MusicBot:Providers:Local:StageDelay"] = "00:00:00.100",
            ["MusicBot:Providers:Local:PollInterval"] = "00:00:00.020",
            ["MusicBot:Generation:WorkerInterval"] = "00:00:00.020",
            ["MusicBot:Delivery:PollInterval"] = "00:00:00.020",
            ["MusicBot:Delivery:RetryDelay"] = "00:00:00.050",
        };
        if (!settings.ContainsKey("global-commands"))
        {
            defaults["MusicBot:Discord:GuildIds:0"] = emulator.Options.GuildId;
        }

        foreach (var (key, value) in settings.Where(s => s.Key != "global-commands"))
        {
            defaults[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(defaults);
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders().AddProvider(Logs);
        builder.Logging.SetMinimumLevel(LogLevel.Debug);
        if (time is not null)
        {
            builder.Services.AddSingleton(time);
        }

        builder.Services.AddMusicBotCore().AddMusicBotInfrastructure().AddDiscordAdapter(builder.Configuration);
        services?.Invoke(builder.Services);
        builder.Host.UseDefaultServiceProvider(o =>
        {
            o.ValidateOnBuild = true;
            o.ValidateScopes = true;
        });
        _host = builder.Build();
        _host.MapDiscordInteractions();
        // Several bots may share one emulator (a restart, a second instance): an interaction is answered when the one that took it is done.
        var dispatcher = _host.Services.GetRequiredService<InteractionDispatcher>();
        var others = emulator.HasBotAnswered;
        emulator.HasBotAnswered = id => dispatcher.HasAnswered(id) || (others?.Invoke(id) ?? false);
    }

    public DiscordEmulator Emulator { get; }

    public CapturedLogs Logs { get; } = new();

    public IServiceProvider Services => _host.Services;

    public string DataDirectory => _data.Path;

    /// <summary>The bot's HTTP interactions endpoint, what an operator saves as the Interactions Endpoint URL.</summary>
    public string InteractionsUrl =>
        _host.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First().TrimEnd('/') + DiscordInteractionsEndpoint.Route;

    public IHostApplicationLifetime Lifetime => _host.Services.GetRequiredService<IHostApplicationLifetime>();

    /// <summary>
    /// Starts the bot and waits until it has a gateway session and has registered its commands. <paramref name="services"/>
    /// may add an outermost seam, such as another music provider.
    /// </summary>
    public static async Task<DiscordBotHost> StartAsync(
        DiscordEmulator emulator,
        Dictionary<string, string?>? settings = null,
        TimeProvider? time = null,
        bool waitForCommands = true,
        Action<IServiceCollection>? services = null,
        bool saveInteractionsEndpoint = false)
    {
        var bot = new DiscordBotHost(emulator, settings ?? [], time, services);
        await bot._host.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
        await bot._host.StartAsync();
        if (saveInteractionsEndpoint)
        {
            // As an operator does in the Developer Portal once the bot runs: Discord checks the URL, then uses it.
            await emulator.SetInteractionsEndpointAsync(bot.InteractionsUrl);
        }

        if (waitForCommands)
        {
            await emulator.WaitUntilAsync(() => !emulator.State.Commands.IsEmpty, "the bot to register its commands");
            await bot.Services.GetRequiredService<CommandRegistrar>().Completion;
        }

        return bot;
    }

    public GatewayStatus Gateway => Services.GetRequiredService<GatewayStatus>();

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        await _host.DisposeAsync();
        _data.Dispose();
    }
}
