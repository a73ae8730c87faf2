using MusicBot.Core.Delivery;
using MusicBot.Core.Operations;
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

    public static string Progress(long taskId, Notice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var song = $"<b>Song #{taskId}</b>{TitleSuffix(notice.Title)}";
        var isMusic = notice.Operation.MakesMusic();
        return notice switch
        {
            Notice.LyricsReady or Notice.FirstTrackReady when !isMusic => $"⏳ {song}: {OperationWords.Activity(notice.Operation)}…",
            Notice.LyricsReady => $"📝 {song}: lyrics and arrangement written; making the music…",
            Notice.FirstTrackReady { StreamUrl: { } url } when IsWebLink(url) =>
                $"🎧 {song}: the first take is ready to stream: <a href=\"{Html.Attribute(url)}\">listen now</a>. The files follow when both takes are done.",
            Notice.FirstTrackReady => $"🎧 {song}: the first take is rendered; the files follow when both takes are done.",
            Notice.Completed done => $"✅ {song} {OperationWords.Done(notice.Operation, done.TrackCount)}, " +
                $"{Words.Phrases.Charged(done.Credits)}.",
            Notice.Failed failed => $"❌ {song}{(OperationWords.Activity(notice.Operation) is { } doing ? $": {doing}" : "")} failed: " +
                $"{Html.Text(Words.Phrases.Failure(failed.Failure), 500)}\n" +
                Words.Phrases.Refund(failed.Credits),
            _ => $"{song}: {notice.Kind}.",
        };
    }

    public static TrackText Track(long taskId, Notice.TrackReady notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var track = notice.Track;
        var operation = notice.Operation;
        var title = Html.Text(track.Title ?? $"Song #{taskId}", 120);
        var caption = $"🎵 <b>{title}</b>";
        if (!string.IsNullOrWhiteSpace(track.Style))
        {
            caption += $"\n{Html.Text(track.Style, 300)}";
        }

        caption += $"\n<i>{OperationWords.Part(taskId, notice.Take, operation)}</i>";
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

        var message = $"📜 <b>Lyrics: {title}</b>\n\n{lyrics}";
        return Html.VisibleLength(message) <= OutgoingMessage.MaxLength
            ? new TrackText(caption, message, null)
            : new TrackText(caption, null, track.Lyrics.Trim());
    }

    /// <summary>
    /// One AI-written lyrics version: title in bold, the text, and whether it went into the draft. When it is longer
    /// than a message, the message becomes a file's caption and the text the file.
    /// </summary>
    public static LyricsText Lyrics(long taskId, Notice.LyricsVersion notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var version = notice.Track;
        var header = $"📜 <b>{Html.Text(version.Title ?? "Lyrics", 120)}</b>\n<i>Song #{taskId}, version {version.Index}</i>";
        var footer = notice.SavedToDraft
            ? "✅ Saved to your draft: /generate to sing it, or /draft to look it over."
            : "This version is not in your draft (the one marked ✅ is). To sing this one instead, send /lyrics and paste it.";
        var text = version.Lyrics?.Trim() ?? "";
        var message = $"{header}\n\n{Html.Escape(text)}\n\n{footer}";
        return Html.VisibleLength(message) <= OutgoingMessage.MaxLength
            ? new LyricsText(message, null)
            : new LyricsText($"{header}\nThe lyrics are in this file.\n\n{footer}", text);
    }

    private static string TitleSuffix(string? title) => string.IsNullOrWhiteSpace(title) ? "" : $" ({Html.Text(title, 100)})";

    private static bool IsWebLink(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
