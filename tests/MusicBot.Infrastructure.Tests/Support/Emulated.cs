using MusicBot.Emulators.Music.Common;

namespace MusicBot.Infrastructure.Tests.Support;

public static class Emulated
{
    /// <summary>Starts <paramref name="emulator"/> on a free port (fast stages) and points the bot's provider section at it.</summary>
    public static async Task<EmulatedProvider<TEmulator>> StartAsync<TEmulator>(TEmulator emulator, string section, Dictionary<string, string?>? extra = null)
        where TEmulator : EmulatorServer
    {
        ArgumentNullException.ThrowIfNull(emulator);
        emulator.StageDelay = TimeSpan.FromMilliseconds(60);
        emulator.Callbacks.RetryDelay = TimeSpan.FromMilliseconds(20);
        await emulator.StartAsync();
        return new EmulatedProvider<TEmulator>(emulator, new ProviderServices(ProviderServices.For(section, emulator.BaseUrl, emulator.ApiKey, extra)));
    }
}
