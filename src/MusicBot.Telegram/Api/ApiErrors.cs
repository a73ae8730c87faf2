using Telegram.Bot.Exceptions;

namespace MusicBot.Telegram.Api;

/// <summary>The Bot API refusals the bot reacts to, by Telegram's code and description (chat-protocols §B1).</summary>
public static class ApiErrors
{
    public static bool IsNotModified(this ApiRequestException error) =>
        Is(error, 400, "message is not modified");

    /// <summary>The message to edit was deleted, or is too old to be edited.</summary>
    public static bool IsMessageGone(this ApiRequestException error) =>
        Is(error, 400, "message to edit not found") || Is(error, 400, "message can't be edited");

    /// <summary>Flood control: how long Telegram asks to wait (<c>parameters.retry_after</c>).</summary>
    public static TimeSpan? RetryAfter(this ApiRequestException error) =>
        error?.Parameters?.RetryAfter is { } seconds ? TimeSpan.FromSeconds(Math.Max(0, seconds)) : null;

    private static bool Is(ApiRequestException error, int code, string description)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error.ErrorCode == code && error.Message.Contains(description, StringComparison.OrdinalIgnoreCase);
    }
}
