using MusicBot.Telegram.Api.Models;

namespace MusicBot.Telegram.Api.Requests;

/// <summary>sendMessage: text of 1-4096 characters after entity parsing.</summary>
public sealed record SendMessageRequest
{
    public long ChatId { get; init; }

    public string Text { get; init; } = "";

    public string? ParseMode { get; init; } = "HTML";

    public LinkPreviewOptions? LinkPreviewOptions { get; init; } = LinkPreviewOptions.Disabled;

    public ReplyParameters? ReplyParameters { get; init; }

    public ReplyMarkup? ReplyMarkup { get; init; }
}

/// <summary>editMessageText: same limits as sendMessage; only inline keyboards may be attached.</summary>
public sealed record EditMessageTextRequest
{
    public long ChatId { get; init; }

    public int MessageId { get; init; }

    public string Text { get; init; } = "";

    public string? ParseMode { get; init; } = "HTML";

    public LinkPreviewOptions? LinkPreviewOptions { get; init; } = LinkPreviewOptions.Disabled;

    public InlineKeyboardMarkup? ReplyMarkup { get; init; }
}

/// <summary>answerCallbackQuery: text of 0-200 characters, as a toast or (<see cref="ShowAlert"/>) an alert.</summary>
public sealed record AnswerCallbackQueryRequest
{
    public string CallbackQueryId { get; init; } = "";

    public string? Text { get; init; }

    public bool? ShowAlert { get; init; }
}

/// <summary>What a sent message replies to; it still goes out if that message was deleted.</summary>
public sealed record ReplyParameters(int MessageId, bool AllowSendingWithoutReply = true);

/// <summary>Link previews are off for the bot's messages: progress links would otherwise push the text aside.</summary>
public sealed record LinkPreviewOptions(bool IsDisabled)
{
    public static LinkPreviewOptions Disabled { get; } = new(true);
}

/// <summary>sendChatAction: "upload_document" and the like, shown for up to 5 seconds.</summary>
public sealed record SendChatActionRequest(long ChatId, string Action);

/// <summary>getChatMember.</summary>
public sealed record GetChatMemberRequest(long ChatId, long UserId);
