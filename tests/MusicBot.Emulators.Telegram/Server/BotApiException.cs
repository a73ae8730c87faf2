namespace MusicBot.Emulators.Telegram.Server;

/// <summary>An error answer; the HTTP status equals <see cref="Code"/>, as in the reference server.</summary>
public sealed class BotApiException : Exception
{
    public BotApiException()
        : this(500, "Internal Server Error")
    {
    }

    public BotApiException(string message)
        : this(400, message)
    {
    }

    public BotApiException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = 500;
        Description = message;
    }

    public BotApiException(int code, string description, int? retryAfter = null, long? migrateToChatId = null)
        : base(description)
    {
        Code = code;
        Description = description;
        RetryAfter = retryAfter;
        MigrateToChatId = migrateToChatId;
    }

    public int Code { get; }

    public string Description { get; }

    public int? RetryAfter { get; }

    public long? MigrateToChatId { get; }

    public static BotApiException BadRequest(string what) => new(400, $"Bad Request: {what}");
}
