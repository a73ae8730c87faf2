using MusicBot.Telegram.Api;
using MusicBot.Telegram.Api.Models;
using MusicBot.Telegram.Api.Requests;
using MusicBot.Telegram.Rendering;

namespace MusicBot.Telegram.Chat;

/// <summary>Sends a rendered answer into the chat a message came from (quoting it in groups).</summary>
public sealed class ChatReplies(TelegramBotClient client)
{
    public Task<Message> SendAsync(ChatContext context, OutgoingMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(message);
        return client.SendMessageAsync(
            new SendMessageRequest
            {
                ChatId = context.ChatId,
                Text = message.Html,
                ReplyParameters = message.Markup is ForceReplyMarkup ? new ReplyParameters(context.MessageId) : context.ReplyTo,
                ReplyMarkup = message.Markup,
            },
            cancellationToken);
    }

    public Task<bool> EditAsync(ChatContext context, OutgoingMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(message);
        return client.EditMessageTextAsync(
            new EditMessageTextRequest
            {
                ChatId = context.ChatId,
                MessageId = context.MessageId,
                Text = message.Html,
                ReplyMarkup = message.Markup as InlineKeyboardMarkup,
            },
            cancellationToken);
    }
}
