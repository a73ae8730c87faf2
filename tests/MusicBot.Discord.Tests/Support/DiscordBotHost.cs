using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using MusicBot.Core;
using MusicBot.Discord.Commands;
using MusicBot.Discord.Gateway;
using MusicBot.Emulators.Discord;
using MusicBot.Infrastructure;
using MusicBot.Infrastructure.Sqlite;
using MusicBot.Testing;

namespace MusicBot.Discord.Tests.Support;

/// <summary>
/// The bot as production composes it (Core, SQLite infrastructure with the offline <c>local</c> provider, the Discord
/// adapter) pointed at a <see cref="DiscordEmulator"/>: only the API base URL and timings differ.
/// </summary>
public sealed class DiscordBotHost : IAsyncDisposable
{
    private readonly IHost _host;
    private readonly TestDataDirectory _data = new();

    private DiscordBotHost(DiscordEmulator emulator, Dictionary<string, string?> settings, TimeProvider? time, Action<IServiceCollection>? services)
    {
        Emulator = emulator;
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
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
        builder.Logging.AddProvider(Logs);
        builder.Logging.SetMinimumLevel(LogLevel.Debug);
        if (time is not null)
        {
            builder.Services.AddSingleton(time);
        }

        builder.Services.AddMusicBotCore().AddMusicBotInfrastructure().AddDiscordAdapter(builder.Configuration);
        services?.Invoke(builder.Services);
        builder.ConfigureContainer(new DefaultServiceProviderFactory(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true }));
        _host = builder.Build();
    }

    public DiscordEmulator Emulator { get; }

    public CapturedLogs Logs { get; } = new();

    public IServiceProvider Services => _host.Services;

    public string DataDirectory => _data.Path;

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
        Action<IServiceCollection>? services = null)
    {
        var bot = new DiscordBotHost(emulator, settings ?? [], time, services);
        await bot._host.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
        await bot._host.StartAsync();
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
        _host.Dispose();
        _data.Dispose();
    }
}
