using System.Globalization;
using Microsoft.Extensions.Logging;
using MusicBot.Core.Delivery;
using MusicBot.Core.Operations;
using MusicBot.Telegram.Api;
using MusicBot.Telegram.Api.Requests;
using MusicBot.Telegram.Rendering;

namespace MusicBot.Telegram.Delivery;

/// <summary>
/// One track under the task's progress message, then its lyrics if they did not fit the caption. MP3 and M4A go as
/// audio messages (title, performer, duration, thumbnail) because only those play in Telegram's music player; any
/// other format, and every WAV result, goes as a document with the same caption and buttons.
/// </summary>
public sealed partial class TrackSender(
    TelegramBotClient client, MediaFetcher media, TrackSteps steps, TrackKeyboards keyboards, ILogger<TrackSender> logger)
{
    private const string Performer = "MusicBot";

    public async Task SendAsync(long chatId, PendingDelivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        if (delivery.Notice is not Notice.TrackReady notice)
        {
            return;
        }

        var track = notice.Track;
        var text = NoticeRenderer.Track(delivery.TaskId, notice);
        var replyTo = ReplyTo(delivery);
        if (!steps.IsAudioSent(delivery.Id))
        {
            await SendFileAsync(chatId, delivery, notice, text, replyTo, cancellationToken);
            steps.AudioSent(delivery.Id);
        }

        if (text.LyricsMessage is { } lyrics)
        {
            await client.SendMessageAsync(new SendMessageRequest { ChatId = chatId, Text = lyrics, ReplyParameters = replyTo }, cancellationToken);
        }
        else if (text.LyricsDocument is { } document)
        {
            await client.SendDocumentAsync(
                new DocumentUpload
                {
                    ChatId = chatId,
                    Document = InputFile.FromBytes($"lyrics-{delivery.TaskId}-{track.Index}.txt", "text/plain", System.Text.Encoding.UTF8.GetBytes(document)),
                    Caption = $"📜 Lyrics of song #{delivery.TaskId}, take {notice.Take}",
                    ReplyParameters = replyTo,
                },
                cancellationToken);
        }

        steps.Forget(delivery.Id);
    }

    /// <summary>The progress message the task's messages answer, when it has one.</summary>
    public static ReplyParameters? ReplyTo(PendingDelivery delivery)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        return int.TryParse(delivery.Target.ReplyContext, NumberStyles.None, CultureInfo.InvariantCulture, out var progressId)
            ? new ReplyParameters(progressId)
            : null;
    }

    private async Task SendFileAsync(long chatId, PendingDelivery delivery, Notice.TrackReady notice, TrackText text, ReplyParameters? replyTo, CancellationToken cancellationToken)
    {
        var track = notice.Track;
        var keyboard = await keyboards.ForAsync(delivery, notice, cancellationToken);
        await TryChatActionAsync(chatId, cancellationToken);
        var file = await media.OpenAudioAsync(track.AudioUrl ?? "", $"song-{delivery.TaskId}-{track.Index}", cancellationToken);
        var isDocument = delivery.Notice.Operation == OperationKind.Wav || !file.IsMusicPlayerFormat;
        if (file.Upload is { } upload && isDocument)
        {
            await client.SendDocumentAsync(
                new DocumentUpload
                {
                    ChatId = chatId,
                    Document = upload,
                    Caption = text.Caption,
                    ParseMode = "HTML",
                    Thumbnail = await media.ThumbnailAsync(track.ImageUrl, cancellationToken),
                    ReplyParameters = replyTo,
                    ReplyMarkup = keyboard,
                },
                cancellationToken);
        }
        else if (file.Upload is { } audio)
        {
            await client.SendAudioAsync(
                new AudioUpload
                {
                    ChatId = chatId,
                    Audio = audio,
                    Caption = text.Caption,
                    ParseMode = "HTML",
                    Duration = Seconds(track.DurationSeconds),
                    Performer = Performer,
                    Title = track.Title ?? $"Song #{delivery.TaskId}",
                    Thumbnail = await media.ThumbnailAsync(track.ImageUrl, cancellationToken),
                    ReplyParameters = replyTo,
                    ReplyMarkup = keyboard,
                },
                cancellationToken);
        }
        else if (file.Url is { } url && !isDocument)
        {
            await client.SendAudioAsync(
                new SendAudioByUrlRequest
                {
                    ChatId = chatId,
                    Audio = url,
                    Caption = text.Caption,
                    ParseMode = "HTML",
                    Duration = Seconds(track.DurationSeconds),
                    Performer = Performer,
                    Title = track.Title ?? $"Song #{delivery.TaskId}",
                    ReplyParameters = replyTo,
                    ReplyMarkup = keyboard,
                },
                cancellationToken);
        }
        else
        {
            await client.SendMessageAsync(
                new SendMessageRequest { ChatId = chatId, Text = $"{text.Caption}\n\n{TooBig(file)}", ReplyParameters = replyTo, ReplyMarkup = keyboard },
                cancellationToken);
        }
    }

    /// <summary>
    /// Past the upload limit a file can only go by URL, and Telegram fetches by URL only MP3/M4A audio (and, as a
    /// document, GIF, PDF and ZIP): a big WAV is offered as the provider's own download link instead.
    /// </summary>
    private static string TooBig(MediaFile file)
    {
        var size = file.Size is { } bytes ? $"is {(bytes / (1024.0 * 1024)).ToString("0.#", CultureInfo.InvariantCulture)} MB," : "is";
        return file.Url is { } url
            ? $"⚠️ This file {size} more than Telegram lets a bot upload: <a href=\"{Html.Attribute(url)}\">download it here</a>."
            : $"⚠️ This take {size} more than Telegram lets a bot upload.";
    }

    private static int? Seconds(double? duration) => duration is { } seconds ? (int)Math.Round(seconds) : null;

    private async Task TryChatActionAsync(long chatId, CancellationToken cancellationToken)
    {
        try
        {
            await client.SendChatActionAsync(chatId, "upload_document", cancellationToken);
        }
        catch (Exception ex) when (ex is TelegramApiException or TelegramTransportException)
        {
            // Only a hint in the user's client; the upload itself decides.
            LogChatActionFailed(ex, chatId);
        }
    }

    [LoggerMessage(EventId = 7701, Level = LogLevel.Debug, Message = "sendChatAction to {ChatId} failed")]
    private partial void LogChatActionFailed(Exception exception, long chatId);
}
