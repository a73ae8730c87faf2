using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MusicBot.Core;
using MusicBot.Infrastructure.Providers;
using MusicBot.Testing;

namespace MusicBot.Infrastructure.Tests.Support;

/// <summary>
/// The production registration (Core + Infrastructure + remote providers) with only the configuration pointing the
/// providers at emulators: what the bot would run, minus its workers.
/// </summary>
public sealed class ProviderServices : IAsyncDisposable
{
    private readonly TestDataDirectory _data = new();
    private readonly ServiceProvider _services;

    public ProviderServices(Dictionary<string, string?> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings["MusicBot:DataDirectory"] = _data.Path;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(logging => logging.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace));
        services.AddMusicBotCore().AddMusicBotInfrastructure().AddRemoteMusicProviders(configuration);
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public CapturingLoggerProvider Logs { get; } = new();

    public string DataDirectory => _data.Path;

    public T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    public IEnumerable<T> GetAll<T>() => _services.GetServices<T>();

    /// <summary>A unit of work, as the bot's workers open one per pass (scoped services: repositories, task processor).</summary>
    public AsyncServiceScope Scope() => _services.CreateAsyncScope();

    public T GetKeyed<T>(string key)
        where T : notnull => _services.GetRequiredKeyedService<T>(key);

    /// <summary>Settings that point one provider at an emulator, with fast resilience for tests.</summary>
    public static Dictionary<string, string?> For(string section, Uri baseUrl, string apiKey, Dictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>
        {
            [$"MusicBot:Providers:{section}:BaseUrl"] = baseUrl.AbsoluteUri,
            [$"MusicBot:Providers:{section}:ApiKey"] = apiKey,
            [$"MusicBot:Providers:{section}:RetryDelay"] = "00:00:00.010",
            [$"MusicBot:Providers:{section}:AttemptTimeout"] = "00:00:10",
            [$"MusicBot:Providers:{section}:TotalTimeout"] = "00:00:30",
        };
        foreach (var (key, value) in extra ?? [])
        {
            settings[key] = value;
        }

        return settings;
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        _data.Dispose();
    }
}
