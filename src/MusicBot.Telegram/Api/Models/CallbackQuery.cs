namespace MusicBot.Telegram.Api.Models;

/// <summary>A press of an inline-keyboard button. Every one must be answered, or the user's client keeps spinning.</summary>
public sealed record CallbackQuery
{
    public string Id { get; init; } = "";

    public User From { get; init; } = new();

    /// <summary>The bot's message that carried the button; absent for inline-mode messages.</summary>
    public Message? Message { get; init; }

    public string? InlineMessageId { get; init; }

    public string? ChatInstance { get; init; }

    public string? Data { get; init; }
}
