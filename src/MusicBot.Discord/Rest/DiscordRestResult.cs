using System.Text.Json;

namespace MusicBot.Discord.Rest;

/// <summary>
/// What Discord answered: the HTTP status, the JSON error code and message when it failed, the body when it succeeded,
/// and how long to wait when it was rate limited. Status 0 means no answer arrived (network failure).
/// </summary>
public sealed record DiscordRestResult(int StatusCode, int? ErrorCode, string? ErrorMessage, JsonElement? Body, TimeSpan? RetryAfter = null)
{
    public const int UnknownChannel = 10003;
    public const int UnknownMessage = 10008;
    public const int UnknownWebhook = 10015;
    public const int UnknownInteraction = 10062;
    public const int InvalidWebhookToken = 50027;
    public const int MissingAccess = 50001;
    public const int MissingPermissions = 50013;
    public const int AlreadyAcknowledged = 40060;
    public const int RequestEntityTooLarge = 40005;

    public bool IsSuccess => StatusCode is >= 200 and < 300;

    public bool IsRateLimited => StatusCode == 429;

    /// <summary>The request was over Discord's cap (a file over the upload limit, or 25 MiB in all).</summary>
    public bool IsTooLarge => StatusCode == 413 || ErrorCode == RequestEntityTooLarge;

    /// <summary>The interaction token can no longer be used (older than 15 minutes, or never valid).</summary>
    public bool IsInteractionTokenGone =>
        ErrorCode is UnknownInteraction or UnknownWebhook or InvalidWebhookToken;

    public static DiscordRestResult NetworkFailure(string reason) => new(0, null, reason, null);

    /// <summary>A short description for logs and the outbox: status and Discord's code, never the request path.</summary>
    public string Describe() => ErrorCode is { } code ? $"HTTP {StatusCode} (code {code}: {ErrorMessage})" : $"HTTP {StatusCode} {ErrorMessage}".TrimEnd();
}
