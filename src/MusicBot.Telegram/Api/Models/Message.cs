namespace MusicBot.Telegram.Api.Models;

/// <summary>
/// The message fields the bot reads (the type has over a hundred; unknown ones are ignored). A callback's message
/// with <see cref="Date"/> 0 is an InaccessibleMessage: deleted, or too old to be shown to the bot.
/// </summary>
public sealed record Message
{
    public int MessageId { get; init; }

    public User? From { get; init; }

    public Chat Chat { get; init; } = new();

    public long Date { get; init; }

    public Message? ReplyToMessage { get; init; }

    public string? Text { get; init; }

    public IReadOnlyList<MessageEntity>? Entities { get; init; }

    public string? Caption { get; init; }

    public IReadOnlyList<MessageEntity>? CaptionEntities { get; init; }

    public Audio? Audio { get; init; }

    public Document? Document { get; init; }

    public InlineKeyboardMarkup? ReplyMarkup { get; init; }

    public long? MigrateToChatId { get; init; }

    public bool IsAccessible => Date != 0;
}
