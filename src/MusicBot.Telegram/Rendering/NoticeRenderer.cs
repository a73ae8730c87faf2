using MusicBot.Core.Delivery;
using MusicBot.Core.Operations;
using MusicBot.Localization;
using MusicBot.Messages;

namespace MusicBot.Telegram.Rendering;

/// <summary>
/// A task's notices as Telegram text: the stages edit one progress message (queued → lyrics → first take → done or
/// failed), and each track becomes an audio message whose caption stays within 1024 characters. Notices of an
/// operation (<see cref="Notice.Operation"/>) say what was done: extended, converted to WAV, split into stems.
/// </summary>
public static class NoticeRenderer
{
    public const int MaxCaption = 1024;

    /// <summary>Order of the progress message's states; a late edit never overwrites a later state.</summary>
    public static int Rank(NoticeKind kind) => kind switch
    {
        NoticeKind.LyricsReady => ProgressRank.LyricsReady,
        NoticeKind.FirstTrackReady => ProgressRank.FirstTrack,
        NoticeKind.Completed or NoticeKind.Failed => ProgressRank.Final,
        _ => ProgressRank.Queued,
    };

    public static string Progress(Words words, long taskId, Notice notice)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(notice);
        var song = new Markup($"{words.Song(taskId).Value}{TitleSuffix(notice.Title)}");
        var isMusic = notice.Operation.MakesMusic();
        return notice switch
        {
            Notice.LyricsReady or Notice.FirstTrackReady when !isMusic =>
                "⏳ " + words.Html("telegram.progress.activity", ("song", song), ("activity", OperationWords.Activity(words, notice.Operation))),
            Notice.LyricsReady => "📝 " + words.Html("telegram.progress.lyrics-ready", ("song", song)),
            Notice.FirstTrackReady { StreamUrl: { } url } when IsWebLink(url) => "🎧 " + words.Html(
                "telegram.progress.first-take-stream",
                ("song", song),
                ("link", new Markup($"<a href=\"{Html.Attribute(url)}\">{words.Html("telegram.progress.listen")}</a>"))),
            Notice.FirstTrackReady => "🎧 " + words.Html("telegram.progress.first-take", ("song", song)),
            Notice.Completed done => "✅ " + words.Html(
                "telegram.progress.completed",
                ("song", song),
                ("done", OperationWords.Done(words, notice.Operation, done.TrackCount)),
                ("charged", words.Phrases.Charged(done.Credits))),
            Notice.Failed failed => "❌ " + (OperationWords.Activity(words, notice.Operation) is { } doing
                    ? words.Html("telegram.progress.failed-doing", ("song", song), ("activity", doing), ("failure", Words.Text(words.Phrases.Failure(failed.Failure), 500)))
                    : words.Html("telegram.progress.failed", ("song", song), ("failure", Words.Text(words.Phrases.Failure(failed.Failure), 500)))) +
                "\n" + Html.Escape(words.Phrases.Refund(failed.Credits)),
            _ => $"{song.Value}: {notice.Kind}.",
        };
    }

    public static TrackText Track(Words words, long taskId, Notice.TrackReady notice)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(notice);
        var track = notice.Track;
        var operation = notice.Operation;
        var title = Html.Text(track.Title ?? words.Plain("telegram.song", ("song", Phrases.Number(taskId))), 120);
        var caption = $"🎵 <b>{title}</b>";
        if (!string.IsNullOrWhiteSpace(track.Style))
        {
            caption += $"\n{Html.Text(track.Style, 300)}";
        }

        caption += $"\n<i>{OperationWords.Part(words, taskId, notice.Take, operation)}</i>";
        if (string.IsNullOrWhiteSpace(track.Lyrics))
        {
            return new TrackText(caption, null, null);
        }

        var lyrics = Html.Escape(track.Lyrics.Trim());
        var withLyrics = $"{caption}\n\n{lyrics}";
        if (Html.VisibleLength(withLyrics) <= MaxCaption)
        {
            return new TrackText(withLyrics, null, null);
        }

        var message = $"📜 <b>{words.Html("telegram.lyrics.of", ("title", Words.Raw(title)))}</b>\n\n{lyrics}";
        return Html.VisibleLength(message) <= OutgoingMessage.MaxLength
            ? new TrackText(caption, message, null)
            : new TrackText(caption, null, track.Lyrics.Trim());
    }

    /// <summary>
    /// One AI-written lyrics version: title in bold, the text, and whether it went into the draft. When it is longer
    /// than a message, the message becomes a file's caption and the text the file.
    /// </summary>
    public static LyricsText Lyrics(Words words, long taskId, Notice.LyricsVersion notice)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(notice);
        var version = notice.Track;
        var header = $"📜 <b>{Html.Text(version.Title ?? words.Plain("telegram.lyrics.untitled"), 120)}</b>\n" +
            $"<i>{words.Html("telegram.lyrics.version", ("song", Phrases.Number(taskId)), ("version", version.Index))}</i>";
        var footer = notice.SavedToDraft ? "✅ " + words.Html("telegram.lyrics.saved") : words.Html("telegram.lyrics.not-saved");
        var text = version.Lyrics?.Trim() ?? "";
        var message = $"{header}\n\n{Html.Escape(text)}\n\n{footer}";
        return Html.VisibleLength(message) <= OutgoingMessage.MaxLength
            ? new LyricsText(message, null)
            : new LyricsText($"{header}\n{words.Html("telegram.lyrics.in-file")}\n\n{footer}", text);
    }

    private static string TitleSuffix(string? title) => string.IsNullOrWhiteSpace(title) ? "" : $" ({Html.Text(title, 100)})";

    private static bool IsWebLink(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
