using MusicBot.Core.Delivery;
using MusicBot.Telegram.Api;
using MusicBot.Telegram.Chat;
using MusicBot.Telegram.Rendering;

namespace MusicBot.Telegram.Delivery;

/// <summary>
/// One AI-written lyrics version, under the task's progress message: a message, or a .txt file when the lyrics are
/// longer than a message can hold.
/// </summary>
public sealed class LyricsSender(BotApi api, TrackSender tracks, TelegramLanguages languages)
{
    public async Task SendAsync(long chatId, PendingDelivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        if (delivery.Notice is not Notice.LyricsVersion notice)
        {
            return;
        }

        var version = notice.Track;
        var text = NoticeRenderer.Lyrics(await languages.ForAsync(delivery.User, cancellationToken), delivery.TaskId, notice);
        var replyTo = TrackSender.ReplyTo(delivery);
        if (text.Document is not { } document)
        {
            await api.SendHtmlAsync(chatId, text.Html, cancellationToken, replyTo);
            return;
        }

        var file = UploadFile.FromBytes($"lyrics-{delivery.TaskId}-{version.Index}.txt", System.Text.Encoding.UTF8.GetBytes(document));
        await tracks.SendDocumentAsync(chatId, file, text.Html, null, replyTo, null, cancellationToken);
    }
}
