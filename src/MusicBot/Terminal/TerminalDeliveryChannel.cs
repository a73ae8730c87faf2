using System.Globalization;
using System.Text;
using MusicBot.Core.Conversations;
using MusicBot.Core.Delivery;
using MusicBot.Core.Operations;
using MusicBot.Core.Providers;
using MusicBot.Messages;

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
        var words = TerminalRenderer.English;
        return notice switch
        {
            Notice.LyricsReady => $"📝 Song #{taskId}: lyrics and arrangement written.",
            Notice.FirstTrackReady first =>
                $"🎧 Song #{taskId}: first {(kind == OperationKind.Extend ? "extended " : "")}take ready to stream: {Location(first.StreamUrl)}",
            Notice.TrackReady track => Track(taskId, track, kind),
            Notice.LyricsVersion version => Lyrics(taskId, version.Track, version.SavedToDraft),
            Notice.Completed done =>
                $"✅ Song #{taskId} {words.Result(kind)}: {words.Items(kind, done.TrackCount)}, {words.Charged(done.Credits)}.",
            Notice.Failed { Operation: { } failed } failure =>
                $"❌ Song #{taskId} could not {words.Verb(failed)}: {words.Failure(failure.Failure)} {words.Refund(failure.Credits)}",
            Notice.Failed failure => $"❌ Song #{taskId} failed: {words.Failure(failure.Failure)} {words.Refund(failure.Credits)}",
            _ => $"Song #{taskId}: {notice.Kind}.",
        };
    }

    private static string Track(long taskId, Notice.TrackReady notice, OperationKind? kind)
    {
        var track = notice.Track;
        var duration = track.DurationSeconds is { } seconds
            ? TimeSpan.FromSeconds(Math.Round(seconds)).ToString(@"m\:ss", CultureInfo.InvariantCulture)
            : "?:??";
        var style = track.Style is null ? "" : $" · {track.Style}";
        var cover = track.ImageUrl is null ? "" : $"\n   cover: {Location(track.ImageUrl)}";
        return $"🎵 Song #{taskId} {ItemNoun(kind)} {notice.Take}: {track.Title ?? "Untitled"} · {duration}{style}\n   {Location(track.AudioUrl)}{cover}";
    }

    /// <summary>What one delivered item is called in the terminal's track line.</summary>
    private static string ItemNoun(OperationKind? kind) => kind switch
    {
        OperationKind.Wav => "file",
        OperationKind.Stems => "stem",
        _ => "track",
    };

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
