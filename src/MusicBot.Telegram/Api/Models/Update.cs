namespace MusicBot.Telegram.Api.Models;

/// <summary>One incoming update; it carries at most one of the optional fields, and unknown kinds still move the offset.</summary>
public sealed record Update
{
    public long UpdateId { get; init; }

    public Message? Message { get; init; }

    public Message? EditedMessage { get; init; }

    public CallbackQuery? CallbackQuery { get; init; }
}
