using MusicBot.Telegram.Api;
using MusicBot.Telegram.Rendering;
using Telegram.Bot.Types;
using Telegram.Bot.Types.ReplyMarkups;

namespace MusicBot.Telegram.Chat;

/// <summary>Sends a rendered answer into the chat a message came from (quoting it in groups).</summary>
public sealed class ChatReplies(BotApi api)
{
    public Task<Message> SendAsync(ChatContext context, OutgoingMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(message);
        var replyTo = message.Markup is ForceReplyMarkup ? BotApi.ReplyTo(context.MessageId) : context.ReplyTo;
        return api.SendHtmlAsync(context.ChatId, message.Html, cancellationToken, replyTo, message.Markup);
    }

    public Task<bool> EditAsync(ChatContext context, OutgoingMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(message);
        return api.EditHtmlAsync(context.ChatId, context.MessageId, message.Html, cancellationToken, message.Markup as InlineKeyboardMarkup);
    }
}
