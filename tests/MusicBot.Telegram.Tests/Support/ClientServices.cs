using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MusicBot.Core.Conversations;
using MusicBot.Core.Observability;
using MusicBot.Emulators.Telegram;
using MusicBot.Infrastructure.Storage;
using MusicBot.Telegram.Api;
using MusicBot.Testing;

namespace MusicBot.Telegram.Tests.Support;

/// <summary>
/// Just the adapter's Bot API access (<see cref="BotApi"/> around Telegram.Bot's client), registered by the production
/// <c>AddTelegramAdapter</c> and pointed at an address (the emulator, or nothing at all), with every log line captured,
/// over a real SQLite file for what it stores (a group's move to a supergroup).
/// </summary>
public sealed class ClientServices : IAsyncDisposable
{
    private readonly ServiceProvider _provider;
    private readonly AsyncServiceScope _scope;

    private ClientServices(ServiceProvider provider, LogCapture logs, TestDatabase database)
    {
        _provider = provider;
        _scope = provider.CreateAsyncScope();
        Logs = logs;
        Database = database;
    }

    public LogCapture Logs { get; }

    public TestDatabase Database { get; }

    public BotApi Api => _scope.ServiceProvider.GetRequiredService<BotApi>();

    public static async Task<ClientServices> CreateAsync(string baseUrl, string token, Dictionary<string, string?>? settings = null)
    {
        var database = await TestDatabase.CreateAsync();
        var values = new Dictionary<string, string?>
        {
            ["MusicBot:Telegram:BotToken"] = token,
            ["MusicBot:Telegram:ApiBaseUrl"] = baseUrl,
            ["MusicBot:Telegram:RequestTimeout"] = "00:00:05",
        };
        foreach (var (key, value) in settings ?? [])
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var logs = new LogCapture();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace))
            .AddMetrics()
            .AddSingleton<MusicBotMetrics>()
            .AddSingleton(TimeProvider.System)
            .AddSingleton(database.Database)
            .AddScoped<IScopeMoves, ScopeMoves>()
            .AddTelegramAdapter(configuration);
        return new ClientServices(services.BuildServiceProvider(), logs, database);
    }

    public static Task<ClientServices> ForAsync(TelegramEmulator emulator, Dictionary<string, string?>? settings = null) =>
        CreateAsync(emulator.BaseUrl, emulator.Token, settings);

    public async ValueTask DisposeAsync()
    {
        await _scope.DisposeAsync();
        await _provider.DisposeAsync();
        Database.Dispose();
    }
}
