using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using MusicBot.Core.Callbacks;
using MusicBot.Core.Providers;
using MusicBot.Infrastructure.Providers.Callbacks;

namespace MusicBot.Infrastructure.Providers.MusicApi;

/// <summary>
/// MusicAPI webhooks (music-apis.md §3.4): <c>X-Webhook-Signature: sha256=HMAC_SHA256(secret, timestamp + "." +
/// raw body)</c> over the exact bytes received, with <c>X-Webhook-Timestamp</c> in unix seconds. The body has no
/// documented task id, so the task is found through the <c>ref</c> in the webhook address; the stage is
/// <c>X-Webhook-Event</c> (<c>song.completed</c>, <c>song.failed</c>).
/// </summary>
public sealed class MusicApiWebhookReader(IOptions<MusicApiOptions> options, TimeProvider time) : IProviderCallbackReader
{
    public const string SignatureHeader = "X-Webhook-Signature";
    public const string TimestampHeader = "X-Webhook-Timestamp";
    public const string EventHeader = "X-Webhook-Event";

    public string Provider => ProviderNames.MusicApi;

    public bool IsAuthentic(IReadOnlyDictionary<string, string> headers, byte[] body)
    {
        ArgumentNullException.ThrowIfNull(headers);
        if (string.IsNullOrEmpty(options.Value.WebhookSecret))
        {
            return true;
        }

        if (!headers.TryGetValue(SignatureHeader, out var signature) || !headers.TryGetValue(TimestampHeader, out var timestamp)
            || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return false;
        }

        var age = time.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(seconds);
        if (age.Duration() > options.Value.WebhookTolerance)
        {
            return false;
        }

        var expected = Encoding.ASCII.GetBytes("sha256=" + Sign(options.Value.WebhookSecret, timestamp, body));
        return CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(signature.Trim()));
    }

    public ValueTask<ProviderCallback?> ReadAsync(IReadOnlyDictionary<string, string> headers, byte[] body, string? correlationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(headers);
        // A null clip is a malformed body: refused like one, not thrown on while mapping (HTTP 500, retried).
        if (Remote.ProviderHttp.TryRead(body, MusicApiJsonContext.Default.MusicApiTask) is not { } task || task.Data?.Any(c => c is null) == true)
        {
            return ValueTask.FromResult<ProviderCallback?>(null);
        }

        var progress = MusicApiMapping.ToProgress(task);
        var stage = headers.TryGetValue(EventHeader, out var name) && name.Length > 0 ? name : progress.Stage.ToString();
        return ValueTask.FromResult<ProviderCallback?>(new ProviderCallback(Provider, task.TaskId, correlationId, stage, progress));
    }

    public string Acknowledge(IReadOnlyDictionary<string, string> headers, byte[] body, ProviderCallback? callback) => """{"status":"received"}""";

    /// <summary>Lower-case hex of HMAC-SHA256(secret, "{timestamp}.{raw body}").</summary>
    public static string Sign(string secret, string timestamp, byte[] body)
    {
        ArgumentNullException.ThrowIfNull(secret);
        ArgumentNullException.ThrowIfNull(body);
        var prefix = Encoding.UTF8.GetBytes(timestamp + ".");
        var message = new byte[prefix.Length + body.Length];
        prefix.CopyTo(message, 0);
        body.CopyTo(message, prefix.Length);
        return Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), message));
    }
}
