using MusicBot.Emulators.Music.Common;
using MusicBot.Emulators.Music.MusicApi;
using MusicBot.Emulators.Music.SunoApi;
using MusicBot.Emulators.Music.Topview;

namespace MusicBot.Tests.Support;

/// <summary>Started emulators with stage times that let a poller see every stage, and quick callback retries.</summary>
public static class TestEmulators
{
    public static Task<SunoApiEmulator> SunoApiAsync() => StartAsync(new SunoApiEmulator());

    public static Task<MusicApiEmulator> MusicApiAsync() => StartAsync(new MusicApiEmulator());

    public static Task<TopviewEmulator> TopviewAsync() => StartAsync(new TopviewEmulator());

    private static async Task<T> StartAsync<T>(T emulator)
        where T : EmulatorServer
    {
        emulator.StageDelay = TimeSpan.FromMilliseconds(300);
        emulator.Callbacks.RetryDelay = TimeSpan.FromMilliseconds(50);
        await emulator.StartAsync();
        return emulator;
    }
}
