using MusicBot.Core.Providers;
using MusicBot.Emulators.Music.Common;

namespace MusicBot.Infrastructure.Tests.Support;

/// <summary>An emulator on a free port and the bot's real provider services pointed at it.</summary>
public sealed class EmulatedProvider<TEmulator> : IAsyncDisposable
    where TEmulator : EmulatorServer
{
    internal EmulatedProvider(TEmulator emulator, ProviderServices services)
    {
        Emulator = emulator;
        Services = services;
    }

    public TEmulator Emulator { get; }

    public ProviderServices Services { get; }

    public IMusicProvider Provider(string name) => Services.GetAll<IMusicProvider>().Single(p => p.Name == name);

    /// <summary>Polls like the worker does until the task reaches <paramref name="stage"/> (or fails), collecting the stages seen.</summary>
    public Task<(ProviderProgress Last, IReadOnlyList<ProviderStage> Seen)> PollUntilAsync(IMusicProvider provider, string taskId, ProviderStage stage) =>
        PollUntilAsync(provider, taskId, SongRequest.Plain, stage);

    /// <summary>As above, for a task submitted with <paramref name="request"/> (an operation is polled where its kind lives).</summary>
    public async Task<(ProviderProgress Last, IReadOnlyList<ProviderStage> Seen)> PollUntilAsync(
        IMusicProvider provider, string taskId, GenerationRequest request, ProviderStage stage)
    {
        ArgumentNullException.ThrowIfNull(provider);
        var seen = new List<ProviderStage>();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (true)
        {
            var progress = await provider.GetProgressAsync(taskId, request, CancellationToken.None);
            if (seen.Count == 0 || seen[^1] != progress.Stage)
            {
                seen.Add(progress.Stage);
            }

            if (progress.Stage == stage || progress.Stage == ProviderStage.Failed || DateTime.UtcNow > deadline)
            {
                return (progress, seen);
            }

            await Task.Delay(15);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Emulator.DisposeAsync();
    }
}
