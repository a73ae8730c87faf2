using System.Globalization;
using MusicBot.Core.Delivery;
using MusicBot.Telegram.Api;
using MusicBot.Telegram.Chat;
using MusicBot.Telegram.Rendering;
using Telegram.Bot.Exceptions;

namespace MusicBot.Telegram.Delivery;

/// <summary>
/// Lyrics ready, first take, done, failed: each edits the task's progress message (its id is the delivery target's
/// reply context). If that message is gone, or the task has none, the notice is sent as a new message.
/// </summary>
public sealed class ProgressNotifier(BotApi api, ProgressBoard board, TelegramLanguages languages)
{
    public async Task ShowAsync(long chatId, PendingDelivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        var words = await languages.ForAsync(delivery.User, cancellationToken);
        var html = NoticeRenderer.Progress(words, delivery.TaskId, delivery.Notice);
        if (int.TryParse(delivery.Target.ReplyContext, NumberStyles.None, CultureInfo.InvariantCulture, out var messageId))
        {
            try
            {
                await board.EditAsync(
                    chatId,
                    messageId,
                    NoticeRenderer.Rank(delivery.Notice.Kind),
                    ct => api.EditHtmlAsync(chatId, messageId, html, ct),
                    cancellationToken);
                return;
            }
            catch (ApiRequestException ex) when (ex.IsMessageGone())
            {
                // Deleted by the user or too old to edit: say it in a new message instead.
            }
        }

        await api.SendHtmlAsync(chatId, html, cancellationToken);
    }
}
