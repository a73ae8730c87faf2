using MusicBot.Core.Callbacks;
using MusicBot.Core.Providers;
using MusicBot.Infrastructure.Providers.Callbacks;
using MusicBot.Infrastructure.Providers.Remote;

namespace MusicBot.Infrastructure.Providers.SunoApi;

/// <summary>
/// sunoapi callbacks (music-apis.md §2.5). No signature is documented, so the secret in the address is the only
/// proof; the stage is <c>callbackType</c> (text, first, complete, error). Answered with <c>{"status":"received"}</c>
/// as in the docs' examples.
/// </summary>
public sealed class SunoApiCallbackReader : IProviderCallbackReader
{
    public string Provider => ProviderNames.SunoApi;

    public bool IsAuthentic(IReadOnlyDictionary<string, string> headers, byte[] body) => true;

    public ValueTask<ProviderCallback?> ReadAsync(IReadOnlyDictionary<string, string> headers, byte[] body, string? correlationId, CancellationToken cancellationToken)
    {
        if (ProviderHttp.TryRead(body, SunoApiJsonContext.Default.SunoCallback) is not { } callback || (callback.TaskId is null && correlationId is null))
        {
            return ValueTask.FromResult<ProviderCallback?>(null);
        }

        var stage = callback.Data?.CallbackType ?? (callback.Code == "200" ? "unknown" : "error");
        return ValueTask.FromResult<ProviderCallback?>(new ProviderCallback(Provider, callback.TaskId, correlationId, stage, SunoApiMapping.ToProgress(callback)));
    }

    public string Acknowledge(IReadOnlyDictionary<string, string> headers, byte[] body, ProviderCallback? callback) => """{"status":"received"}""";
}
