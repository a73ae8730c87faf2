using MusicBot.Emulators.Discord;

namespace MusicBot.Discord.Tests.Support;

/// <summary>
/// A fresh Discord emulator and the real bot connected to it, per test, torn down in the reverse order: the setup
/// scenario tests share. A test may replace either (say, for an emulator with other options); the replacement is
/// disposed instead.
/// </summary>
public abstract class DiscordScenario : IAsyncLifetime
{
    protected DiscordEmulator Discord { get; set; } = null!;

    protected DiscordBotHost Bot { get; set; } = null!;

    public async Task InitializeAsync()
    {
        Discord = await DiscordEmulator.StartAsync();
        Bot = await DiscordBotHost.StartAsync(Discord);
    }

    public async Task DisposeAsync()
    {
        await Bot.DisposeAsync();
        await Discord.DisposeAsync();
    }
}
