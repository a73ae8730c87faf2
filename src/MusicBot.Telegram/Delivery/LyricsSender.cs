using MusicBot.Core.Delivery;
using MusicBot.Telegram.Api;
using MusicBot.Telegram.Api.Requests;
using MusicBot.Telegram.Rendering;

namespace MusicBot.Telegram.Delivery;

/// <summary>
/// One AI-written lyrics version, under the task's progress message: a message, or a .txt file when the lyrics are
/// longer than a message can hold.
/// </summary>
public sealed class LyricsSender(TelegramBotClient client)
{
    public async Task SendAsync(long chatId, PendingDelivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        if (delivery.Notice is not Notice.LyricsVersion notice)
        {
            return;
        }

        var version = notice.Track;
        var text = NoticeRenderer.Lyrics(delivery.TaskId, notice);
        var replyTo = TrackSender.ReplyTo(delivery);
        if (text.Document is not { } document)
        {
            await client.SendMessageAsync(new SendMessageRequest { ChatId = chatId, Text = text.Html, ReplyParameters = replyTo }, cancellationToken);
            return;
        }

        await client.SendDocumentAsync(
            new DocumentUpload
            {
                ChatId = chatId,
                Document = InputFile.FromBytes($"lyrics-{delivery.TaskId}-{version.Index}.txt", "text/plain", System.Text.Encoding.UTF8.GetBytes(document)),
                Caption = text.Html,
                ParseMode = "HTML",
                ReplyParameters = replyTo,
            },
            cancellationToken);
    }
}
