using System.Globalization;
using System.Text;
using MusicBot.Core.Conversations;
using MusicBot.Core.Delivery;
using MusicBot.Core.Operations;
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

    public static string Render(long taskId, Notice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var kind = notice.Operation;
        return notice.Kind switch
        {
            NoticeKind.LyricsReady => $"📝 Song #{taskId}: lyrics and arrangement written.",
            NoticeKind.FirstTrackReady =>
                $"🎧 Song #{taskId}: first {(kind == OperationKind.Extend ? "extended " : "")}take ready to stream: {Location(notice.StreamUrl)}",
            NoticeKind.Track when notice.Track is { } track => Track(taskId, track, kind),
            NoticeKind.Lyrics when notice.Track is { } variant => Lyrics(taskId, variant, notice.SavedToDraft),
            NoticeKind.Completed =>
                $"✅ Song #{taskId} {kind?.Result() ?? "done"}: {kind.CountOf(notice.TrackCount)}, {TerminalRenderer.Credits(notice.Credits)} charged.",
            NoticeKind.Failed when kind is { } failed =>
                $"❌ Song #{taskId} could not {failed.VerbPhrase()}: {notice.FailureMessage} {TerminalRenderer.Credits(notice.Credits)} refunded.",
            NoticeKind.Failed => $"❌ Song #{taskId} failed: {notice.FailureMessage} {TerminalRenderer.Credits(notice.Credits)} refunded.",
            _ => $"Song #{taskId}: {notice.Kind}.",
        };
    }

    private static string Track(long taskId, ProviderTrack track, OperationKind? kind)
    {
        var duration = track.DurationSeconds is { } seconds
            ? TimeSpan.FromSeconds(Math.Round(seconds)).ToString(@"m\:ss", CultureInfo.InvariantCulture)
            : "?:??";
        var style = track.Style is null ? "" : $" · {track.Style}";
        var cover = track.ImageUrl is null ? "" : $"\n   cover: {Location(track.ImageUrl)}";
        return $"🎵 Song #{taskId} {kind.ItemNoun()} {track.Index}: {track.Title} · {duration}{style}\n   {Location(track.AudioUrl)}{cover}";
    }

    // The text is the point of an AI-lyrics task, so it is printed in full, indented under its title.
    private static string Lyrics(long taskId, ProviderTrack variant, bool savedToDraft)
    {
        var text = new StringBuilder($"📝 Song #{taskId} lyrics {variant.Index}: {variant.Title ?? "Untitled"}");
        text.Append(savedToDraft ? " (saved to your draft)" : "");
        foreach (var line in (variant.Lyrics ?? "").Trim().ReplaceLineEndings("\n").Split('\n'))
        {
            text.Append(line.Length == 0 ? "\n" : $"\n   {line}");
        }

        return text.ToString();
    }

    /// <summary>A local file as a plain path (what a terminal user can open), anything else as given.</summary>
    private static string Location(string? url) =>
        url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.IsFile ? uri.LocalPath : url ?? "(no link)";
}
