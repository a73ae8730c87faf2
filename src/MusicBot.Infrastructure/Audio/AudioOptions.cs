using System.ComponentModel.DataAnnotations;

namespace MusicBot.Infrastructure.Audio;

/// <summary>Section <c>MusicBot:Audio</c>: how rendered audio is made ready to listen to (MP3 through ffmpeg).</summary>
public sealed class AudioOptions
{
    public const string SectionName = "MusicBot:Audio";

    /// <summary>
    /// The folder holding <c>ffmpeg</c> and <c>ffprobe</c>; empty: they are looked up on <c>PATH</c>. A folder without
    /// them means no MP3: the bot then delivers WAV and says so at start-up.
    /// </summary>
    public string? FfmpegFolder { get; set; }

    /// <summary>Constant bit rate of the MP3 files, in kbit/s (LAME rounds to the nearest MPEG rate).</summary>
    [Range(64, 320)]
    public int Mp3Bitrate { get; set; } = 192;
}
