using System.Globalization;
using Microsoft.Extensions.Logging;
using MusicBot.Core.Delivery;
using MusicBot.Core.Operations;
using MusicBot.Localization;
using MusicBot.Messages;
using MusicBot.Telegram.Api;
using MusicBot.Telegram.Chat;
using MusicBot.Telegram.Rendering;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace MusicBot.Telegram.Delivery;

/// <summary>
/// One track under the task's progress message, then its lyrics if they did not fit the caption. MP3 and M4A go as
/// audio messages (title, performer, duration, thumbnail) because only those play in Telegram's music player; any
/// other format, and every WAV result, goes as a document with the same caption and buttons.
/// </summary>
public sealed partial class TrackSender(
    BotApi api, MediaFetcher media, TrackSteps steps, TrackKeyboards keyboards, TelegramLanguages languages, ILogger<TrackSender> logger)
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
        var words = await languages.ForAsync(delivery.User, cancellationToken);
        var text = NoticeRenderer.Track(words, delivery.TaskId, notice);
        var replyTo = ReplyTo(delivery);
        if (!steps.IsAudioSent(delivery.Id))
        {
            await SendFileAsync(words, chatId, delivery, notice, text, replyTo, cancellationToken);
            steps.AudioSent(delivery.Id);
        }

        if (text.LyricsMessage is { } lyrics)
        {
            await api.SendHtmlAsync(chatId, lyrics, cancellationToken, replyTo);
        }
        else if (text.LyricsDocument is { } document)
        {
            var file = UploadFile.FromBytes($"lyrics-{delivery.TaskId}-{track.Index}.txt", System.Text.Encoding.UTF8.GetBytes(document));
            await SendDocumentAsync(chatId, file, "📜 " + words.Html("telegram.lyrics.file", ("song", Phrases.Number(delivery.TaskId)), ("take", notice.Take)), null, replyTo, null, cancellationToken);
        }

        steps.Forget(delivery.Id);
    }

    /// <summary>The progress message the task's messages answer, when it has one.</summary>
    public static ReplyParameters? ReplyTo(PendingDelivery delivery)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        return int.TryParse(delivery.Target.ReplyContext, NumberStyles.None, CultureInfo.InvariantCulture, out var progressId)
            ? BotApi.ReplyTo(progressId)
            : null;
    }

    /// <summary>sendDocument as an upload with an HTML caption; the file (and thumbnail) are reopened for each attempt.</summary>
    public Task<Message> SendDocumentAsync(
        long chatId, UploadFile document, string caption, UploadFile? thumbnail, ReplyParameters? replyTo, InlineKeyboardMarkup? keyboard, CancellationToken cancellationToken) =>
        api.ToChatAsync("sendDocument", chatId, async (bot, id, ct) =>
        {
            var file = await document.OpenAsync(ct);
            var cover = thumbnail is null ? null : await thumbnail.OpenAsync(ct);
            return await bot.SendDocument(
                id, InputFile.FromStream(file, document.FileName), caption, ParseMode.Html, replyTo, keyboard, Cover(cover, thumbnail), cancellationToken: ct);
        }, cancellationToken, CallKind.Upload);

    private async Task SendFileAsync(Words words, long chatId, PendingDelivery delivery, Notice.TrackReady notice, TrackText text, ReplyParameters? replyTo, CancellationToken cancellationToken)
    {
        var track = notice.Track;
        var keyboard = await keyboards.ForAsync(words, delivery, notice, cancellationToken);
        await TryChatActionAsync(chatId, cancellationToken);
        await using var file = await media.OpenAudioAsync(track.AudioUrl ?? "", $"song-{delivery.TaskId}-{track.Index}", cancellationToken);
        var isDocument = delivery.Notice.Operation == OperationKind.Wav || !file.IsMusicPlayerFormat;
        var title = track.Title ?? words.Plain("telegram.song", ("song", Phrases.Number(delivery.TaskId)));
        if (file.Upload is { } upload && isDocument)
        {
            await SendDocumentAsync(chatId, upload, text.Caption, await media.ThumbnailAsync(track.ImageUrl, cancellationToken), replyTo, keyboard, cancellationToken);
        }
        else if (file.Upload is { } audio)
        {
            var thumbnail = await media.ThumbnailAsync(track.ImageUrl, cancellationToken);
            await api.ToChatAsync("sendAudio", chatId, async (bot, id, ct) =>
            {
                var stream = await audio.OpenAsync(ct);
                var cover = thumbnail is null ? null : await thumbnail.OpenAsync(ct);
                return await bot.SendAudio(
                    id, InputFile.FromStream(stream, audio.FileName), text.Caption, ParseMode.Html, replyTo, keyboard,
                    Seconds(track.DurationSeconds), Performer, title, Cover(cover, thumbnail), cancellationToken: ct);
            }, cancellationToken, CallKind.Upload);
        }
        else if (file.CanSendByUrl && !isDocument)
        {
            await api.ToChatAsync("sendAudio", chatId, (bot, id, ct) => bot.SendAudio(
                id, InputFile.FromUri(file.Url!), text.Caption, ParseMode.Html, replyTo, keyboard,
                Seconds(track.DurationSeconds), Performer, title, cancellationToken: ct), cancellationToken, CallKind.Upload);
        }
        else
        {
            await api.SendHtmlAsync(chatId, $"{text.Caption}\n\n{TooBig(words, file)}", cancellationToken, replyTo, keyboard);
        }
    }

    private static InputFileStream? Cover(Stream? stream, UploadFile? thumbnail) =>
        stream is null ? null : InputFile.FromStream(stream, thumbnail!.FileName);

    /// <summary>
    /// Past the upload limit a file can only go by URL, and Telegram fetches by URL only MP3/M4A audio up to 20 MB
    /// (and, as a document, GIF, PDF and ZIP): anything else, a big WAV or a 60 MB song, is offered as the provider's
    /// own download link instead, so the track is never lost.
    /// </summary>
    private static string TooBig(Words words, MediaFile file)
    {
        var size = file.Size is { } bytes ? (bytes / (1024.0 * 1024)).ToString("0.#", words.Language.Culture) : null;
        var link = file.Url is { } url ? new Markup($"<a href=\"{Html.Attribute(url)}\">{words.Html("telegram.too-big.download")}</a>") : (Markup?)null;
        var key = (size, link) switch
        {
            (not null, not null) => "telegram.too-big.file-sized",
            (null, not null) => "telegram.too-big.file",
            (not null, null) => "telegram.too-big.take-sized",
            _ => "telegram.too-big.take",
        };
        return "⚠️ " + words.Html(key, ("size", size), ("link", link));
    }

    private static int? Seconds(double? duration) => duration is { } seconds ? (int)Math.Round(seconds) : null;

    private async Task TryChatActionAsync(long chatId, CancellationToken cancellationToken)
    {
        try
        {
            await api.AboutChatAsync("sendChatAction", chatId, async (bot, id, ct) =>
            {
                await bot.SendChatAction(id, ChatAction.UploadDocument, cancellationToken: ct);
                return true;
            }, cancellationToken);
        }
        catch (Exception ex) when (ex is ApiRequestException or TelegramTransportException)
        {
            // Only a hint in the user's client; the upload itself decides.
            LogChatActionFailed(ex, chatId);
        }
    }

    [LoggerMessage(EventId = 7701, Level = LogLevel.Debug, Message = "sendChatAction to {ChatId} failed")]
    private partial void LogChatActionFailed(Exception exception, long chatId);
}
