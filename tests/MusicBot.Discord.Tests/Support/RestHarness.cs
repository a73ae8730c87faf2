using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MusicBot.Core.Observability;
using MusicBot.Discord.Rest;
using MusicBot.Emulators.Discord;

namespace MusicBot.Discord.Tests.Support;

/// <summary>The adapter's REST client from its production registration, pointed at an emulator; no gateway.</summary>
public sealed class RestHarness : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private RestHarness(DiscordEmulator emulator, string? token, TimeProvider? time)
    {
        ArgumentNullException.ThrowIfNull(emulator);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MusicBot:Discord:BotToken"] = token ?? emulator.Options.Token,
            ["MusicBot:Discord:ApiBaseUrl"] = emulator.ApiBaseUrl,
        }).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging().AddMetrics();
        services.AddSingleton<MusicBotMetrics>();
        if (time is not null)
        {
            services.AddSingleton(time);
        }

        services.AddDiscordAdapter(configuration);
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = false, ValidateScopes = true });
    }

    public static RestHarness Create(DiscordEmulator emulator, string? token = null, TimeProvider? time = null) => new(emulator, token, time);

    public DiscordApi Api => _services.GetRequiredService<DiscordApi>();

    public System.Diagnostics.Metrics.IMeterFactory Meters => _services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>();

    public T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    public DiscordRestClient Client => _services.GetRequiredService<DiscordRestClient>();

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
