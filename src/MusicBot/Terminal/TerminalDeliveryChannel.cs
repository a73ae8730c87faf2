using System.Globalization;
using MusicBot.Core.Conversations;
using MusicBot.Core.Delivery;
using MusicBot.Core.Providers;

namespace MusicBot.Terminal;

/// <summary>Delivers notices for the <c>console</c> platform by printing them; a track is its file path.</summary>
public sealed class TerminalDeliveryChannel(TerminalIO io) : IDeliveryChannel
{
    public string Platform => Platforms.Console;

    public Task<DeliveryResult> SendAsync(PendingDelivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        io.Write(Render(delivery.TaskId, delivery.Notice));
        return Task.FromResult(DeliveryResult.Accepted);
    }

    public static string Render(long taskId, Notice notice) => notice.Kind switch
    {
        NoticeKind.LyricsReady => $"📝 Song #{taskId}: lyrics and arrangement written.",
        NoticeKind.FirstTrackReady => $"🎧 Song #{taskId}: first take ready to stream: {Location(notice.StreamUrl)}",
        NoticeKind.Track when notice.Track is { } track => Track(taskId, track),
        NoticeKind.Completed => $"✅ Song #{taskId} done: {notice.TrackCount} tracks, {TerminalRenderer.Credits(notice.Credits)} charged.",
        NoticeKind.Failed => $"❌ Song #{taskId} failed: {notice.FailureMessage} {TerminalRenderer.Credits(notice.Credits)} refunded.",
        _ => $"Song #{taskId}: {notice.Kind}.",
    };

    private static string Track(long taskId, ProviderTrack track)
    {
        var duration = track.DurationSeconds is { } seconds
            ? TimeSpan.FromSeconds(Math.Round(seconds)).ToString(@"m\:ss", CultureInfo.InvariantCulture)
            : "?:??";
        var style = track.Style is null ? "" : $" · {track.Style}";
        var cover = track.ImageUrl is null ? "" : $"\n   cover: {Location(track.ImageUrl)}";
        return $"🎵 Song #{taskId} track {track.Index}: {track.Title} · {duration}{style}\n   {Location(track.AudioUrl)}{cover}";
    }

    /// <summary>A local file as a plain path (what a terminal user can open), anything else as given.</summary>
    private static string Location(string? url) =>
        url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.IsFile ? uri.LocalPath : url ?? "(no link)";
}
