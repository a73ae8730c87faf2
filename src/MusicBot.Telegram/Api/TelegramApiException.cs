namespace MusicBot.Telegram.Api;

/// <summary>
/// The Bot API answered <c>ok: false</c>. The message names the method and Telegram's description, never the request
/// URL (it holds the token).
/// </summary>
public sealed class TelegramApiException : Exception
{
    public TelegramApiException()
        : this("unknown", 0, "unknown error", null, null)
    {
    }

    public TelegramApiException(string message)
        : this("unknown", 0, message, null, null)
    {
    }

    public TelegramApiException(string message, Exception innerException)
        : base(message, innerException)
    {
        Method = "unknown";
        Description = message;
    }

    public TelegramApiException(string method, int errorCode, string description, TimeSpan? retryAfter, long? migrateToChatId)
        : base($"Telegram {method} failed: {errorCode} {description}")
    {
        Method = method;
        ErrorCode = errorCode;
        Description = description;
        RetryAfter = retryAfter;
        MigrateToChatId = migrateToChatId;
    }

    public string Method { get; }

    /// <summary>Equals the HTTP status: 400 bad request, 401 bad token, 403 blocked or kicked, 409 conflict, 429 flood.</summary>
    public int ErrorCode { get; }

    public string Description { get; }

    public TimeSpan? RetryAfter { get; }

    public long? MigrateToChatId { get; }

    public bool IsNotModified => ErrorCode == 400 && Description.Contains("message is not modified", StringComparison.OrdinalIgnoreCase);

    public bool IsMessageGone => ErrorCode == 400 &&
        (Description.Contains("message to edit not found", StringComparison.OrdinalIgnoreCase) ||
         Description.Contains("message can't be edited", StringComparison.OrdinalIgnoreCase));
}
