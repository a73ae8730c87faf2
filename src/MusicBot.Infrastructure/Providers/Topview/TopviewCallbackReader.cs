using System.Text.Json;
using Microsoft.Extensions.Options;
using MusicBot.Core.Callbacks;
using MusicBot.Core.Providers;
using MusicBot.Infrastructure.Providers.Callbacks;
using MusicBot.Infrastructure.Providers.Remote;

namespace MusicBot.Infrastructure.Providers.Topview;

/// <summary>
/// Topview's <c>noticeUrl</c> callback (music-apis.md §4.4): <c>{uuid, bizType, taskId, status, errorMsg, result}</c>
/// with the <c>Topview-Uid</c> header. No signature is documented; the account uid must match when sent. The
/// answer is the acknowledgement the docs require: <c>{code:"200", message:"Success", result:{uuid, topviewUid, result}}</c>.
/// </summary>
public sealed class TopviewCallbackReader(TopviewProvider provider, IOptions<TopviewOptions> options) : IProviderCallbackReader
{
    public const string UidHeader = "Topview-Uid";

    public string Provider => ProviderNames.Topview;

    public bool IsAuthentic(IReadOnlyDictionary<string, string> headers, byte[] body)
    {
        ArgumentNullException.ThrowIfNull(headers);
        return !headers.TryGetValue(UidHeader, out var uid) || string.IsNullOrEmpty(options.Value.Uid) || uid == options.Value.Uid;
    }

    public async ValueTask<ProviderCallback?> ReadAsync(
        IReadOnlyDictionary<string, string> headers, byte[] body, string? correlationId, CancellationToken cancellationToken)
    {
        if (ProviderHttp.TryRead(body, TopviewJsonContext.Default.TopviewCallback) is not { } callback)
        {
            return null;
        }

        var result = TopviewMapping.ResultOf(callback);
        if (result.Outputs?.Any(o => o is null) == true)
        {
            // A null output is a malformed body: refused like one, not thrown on while mapping (HTTP 500, retried).
            return null;
        }

        var progress = await provider.CompleteAsync(result, cancellationToken);
        return new ProviderCallback(Provider, result.TaskId, correlationId, result.Status ?? "unknown", progress);
    }

    public string Acknowledge(IReadOnlyDictionary<string, string> headers, byte[] body, ProviderCallback? callback)
    {
        ArgumentNullException.ThrowIfNull(headers);
        headers.TryGetValue(UidHeader, out var uid);
        var uuid = ProviderHttp.TryRead(body, TopviewJsonContext.Default.TopviewCallback)?.Uuid;
        var ack = new TopviewEnvelope<TopviewAckResult>("200", "Success", new TopviewAckResult(uuid, options.Value.Uid ?? uid, callback is null ? "fail" : "success"));
        return JsonSerializer.Serialize(ack, TopviewJsonContext.Default.TopviewEnvelopeTopviewAckResult);
    }
}
