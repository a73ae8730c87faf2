using System.Text.Json.Serialization;

namespace MusicBot.Telegram.Api.Models;

/// <summary>What can follow a sent message: an inline keyboard, or a request that the user reply to it.</summary>
[JsonDerivedType(typeof(InlineKeyboardMarkup))]
[JsonDerivedType(typeof(ForceReplyMarkup))]
public abstract record ReplyMarkup;

/// <summary>Buttons under a message, row by row.</summary>
public sealed record InlineKeyboardMarkup : ReplyMarkup
{
    public IReadOnlyList<IReadOnlyList<InlineKeyboardButton>> InlineKeyboard { get; init; } = [];
}

/// <summary>One button: <see cref="CallbackData"/> (1-64 bytes) comes back in a callback query; <see cref="Url"/> opens a link.</summary>
public sealed record InlineKeyboardButton
{
    public string Text { get; init; } = "";

    public string? CallbackData { get; init; }

    public string? Url { get; init; }
}

/// <summary>
/// Opens the reply field on the user's client. In groups with privacy mode on, a reply to the bot is one of the few
/// plain messages the bot receives, so this is how a bare <c>/lyrics</c> gets its text.
/// </summary>
public sealed record ForceReplyMarkup : ReplyMarkup
{
    public bool ForceReply { get; init; } = true;

    public string? InputFieldPlaceholder { get; init; }

    /// <summary>Only the users mentioned in, or replied to by, the message see the reply field.</summary>
    public bool Selective { get; init; }
}
