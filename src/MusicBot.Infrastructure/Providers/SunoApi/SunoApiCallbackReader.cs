using MusicBot.Core.Callbacks;
using MusicBot.Core.Providers;
using MusicBot.Infrastructure.Providers.Callbacks;
using MusicBot.Infrastructure.Providers.Remote;

namespace MusicBot.Infrastructure.Providers.SunoApi;

/// <summary>
/// sunoapi callbacks (music-apis.md §2.5). No signature is documented, so the secret in the address is the only
/// proof. Music callbacks' stage is their <c>callbackType</c> (text, first, complete, error); lyrics, WAV and
/// vocal-separation callbacks are told apart by their shape and staged <c>lyrics-…</c>, <c>wav-…</c>,
/// <c>stems-…</c> (complete or error), so each kind is de-duplicated on its own. Answered with
/// <c>{"status":"received"}</c> as in the docs' examples.
/// </summary>
public sealed class SunoApiCallbackReader : IProviderCallbackReader
{
    public string Provider => ProviderNames.SunoApi;

    public bool IsAuthentic(IReadOnlyDictionary<string, string> headers, byte[] body) => true;

    public ValueTask<ProviderCallback?> ReadAsync(IReadOnlyDictionary<string, string> headers, byte[] body, string? correlationId, CancellationToken cancellationToken)
    {
        // A null track entry is a malformed body like any other: refused, not a NullReferenceException (HTTP 500, retried).
        if (ProviderHttp.TryRead(body, SunoApiJsonContext.Default.SunoCallback) is not { } callback || (callback.TaskId is null && correlationId is null)
            || callback.Data?.Data?.Any(t => t is null) == true)
        {
            return ValueTask.FromResult<ProviderCallback?>(null);
        }

        var (stage, progress) = callback.Kind switch
        {
            SunoCallbackKind.Lyrics => (Stage("lyrics", callback), SunoApiOperationProgress.FromLyricsCallback(callback)),
            SunoCallbackKind.Wav => (Stage("wav", callback), SunoApiOperationProgress.FromWavCallback(callback)),
            SunoCallbackKind.Stems => (Stage("stems", callback), SunoApiOperationProgress.FromStemsCallback(callback)),
            _ => (callback.Data?.CallbackType ?? (callback.Code == "200" ? "unknown" : "error"), SunoApiMapping.ToProgress(callback)),
        };
        return ValueTask.FromResult<ProviderCallback?>(new ProviderCallback(Provider, callback.TaskId, correlationId, stage, progress));
    }

    public string Acknowledge(IReadOnlyDictionary<string, string> headers, byte[] body, ProviderCallback? callback) => """{"status":"received"}""";

    private static string Stage(string kind, SunoCallback callback) => callback.IsSuccess ? $"{kind}-complete" : $"{kind}-error";
}
