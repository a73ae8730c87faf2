using System.Text;
using MusicBot.Core.Callbacks;
using MusicBot.Core.Operations;
using MusicBot.Core.Providers;
using MusicBot.Core.Validation;
using MusicBot.Emulators.Music.SunoApi;
using MusicBot.Infrastructure.Providers.SunoApi;
using MusicBot.Infrastructure.Tests.Support;

namespace MusicBot.Infrastructure.Tests.Providers.SunoApi;

/// <summary>A song made through the provider and finished at the emulator: the source of the operation tests.</summary>
internal sealed record SunoSourceSong(GenerationRequest Request, string ProviderTaskId, ProviderTrack Track)
{
    public static async Task<SunoSourceSong> MakeAsync(EmulatedProvider<SunoApiEmulator> suno, GenerationRequest request)
    {
        var provider = suno.Provider(ProviderNames.SunoApi);
        var taskId = (await provider.SubmitAsync(request, "task-1", CancellationToken.None)).ProviderTaskId!;
        var (last, _) = await suno.PollUntilAsync(provider, taskId, request, ProviderStage.Complete);
        return new SunoSourceSong(request, taskId, last.Tracks[0]);
    }

    /// <summary>The operation's request as Core builds it, on the model sunoapi's rules pick for that operation.</summary>
    public GenerationRequest Operation(OperationKind kind, double? continueAt = null) =>
        Requests.On(Request, ProviderTaskId, Track, kind, continueAt) with { Model = new SunoApiRules().ModelFor(kind, Request.Model) };

    /// <summary>The callback the emulator sent about <paramref name="providerTaskId"/> (to nowhere: the test bot has no public address), read as the bot would.</summary>
    public static async Task<ProviderCallback> DeliveredCallbackAsync(SunoApiEmulator emulator, string providerTaskId)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (!emulator.Callbacks.Deliveries.Any(d => d.Body.Contains(providerTaskId, StringComparison.Ordinal)) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        var body = emulator.Callbacks.Deliveries.First(d => d.Body.Contains(providerTaskId, StringComparison.Ordinal)).Body;
        return await new SunoApiCallbackReader().ReadAsync(new Dictionary<string, string>(), Encoding.UTF8.GetBytes(body), null, CancellationToken.None)
            ?? throw new InvalidOperationException("The emulator's callback was not read.");
    }
}
