using MusicBot.Emulators.Telegram.Model;
using MusicBot.Testing;

namespace MusicBot.Telegram.Tests.Support;

/// <summary>
/// A delivered take, whichever way it went: an audio message (MP3, with ffmpeg) or an audio document (WAV, without).
/// For tests about the flow, not the format; the format itself is <c>OfflineAudioTests</c>' subject.
/// </summary>
public static class TrackMessages
{
    /// <summary>The extension the offline provider's takes have on this machine.</summary>
    public static string OfflineExtension => AudioWorld.HasFfmpeg ? ".mp3" : ".wav";

    public static bool IsTrack(this BotMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return message.Audio is not null || message.Document?.MimeType.StartsWith("audio/", StringComparison.Ordinal) == true;
    }

    public static string TrackFileName(this BotMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return message.Audio?.FileName ?? message.Document?.FileName ?? throw new ArgumentException("The message carries no file.", nameof(message));
    }
}
