using MusicBot.Core.Delivery;
using MusicBot.Core.Providers;

namespace MusicBot.Telegram.Rendering;

/// <summary>
/// A task's notices as Telegram text: the stages edit one progress message (queued → lyrics → first take → done or
/// failed), and each track becomes an audio message whose caption stays within 1024 characters.
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
        return notice.Kind switch
        {
            NoticeKind.LyricsReady => $"📝 {song}: lyrics and arrangement written; making the music…",
            NoticeKind.FirstTrackReady => notice.StreamUrl is { } url && IsWebLink(url)
                ? $"🎧 {song}: the first take is ready to stream: <a href=\"{Html.Attribute(url)}\">listen now</a>. The files follow when both takes are done."
                : $"🎧 {song}: the first take is rendered; the files follow when both takes are done.",
            NoticeKind.Completed => $"✅ {song} done: {notice.TrackCount} tracks, {Words.Credits(notice.Credits)} charged.",
            NoticeKind.Failed => $"❌ {song} failed: {Html.Text(notice.FailureMessage ?? "the provider gave no reason.", 500)}\n" +
                (notice.Credits > 0 ? $"{Words.Credits(notice.Credits)} refunded: you were not charged." : "Nothing was charged."),
            _ => $"{song}: {notice.Kind}.",
        };
    }

    public static TrackText Track(long taskId, ProviderTrack track)
    {
        ArgumentNullException.ThrowIfNull(track);
        var title = Html.Text(track.Title ?? $"Song #{taskId}", 120);
        var caption = $"🎵 <b>{title}</b>";
        if (!string.IsNullOrWhiteSpace(track.Style))
        {
            caption += $"\n{Html.Text(track.Style, 300)}";
        }

        caption += $"\n<i>Song #{taskId}, take {track.Index}</i>";
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

    private static string TitleSuffix(string? title) => string.IsNullOrWhiteSpace(title) ? "" : $" ({Html.Text(title, 100)})";

    private static bool IsWebLink(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
