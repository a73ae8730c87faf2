using System.Globalization;
using MusicBot.Infrastructure.Providers.Local.Audio;

namespace MusicBot.Infrastructure.Audio;

/// <summary>
/// The start-up check's half second of 440 Hz, and what reading its MP3 back must show: an MP3 stream of about that
/// length carrying the title given, so encoder, tags and probe all did their part.
/// </summary>
internal static class TestTone
{
    public static readonly TimeSpan Length = TimeSpan.FromSeconds(0.5);

    // Quotes, the ffmetadata escapes (= ; # \) and a non-ASCII letter: the tag path must carry user titles unharmed.
    public static readonly AudioTags Tags = new("MusicBot check: \"tone\" = A4; #1 \\ é", "MusicBot");

    public static string WriteTo(string path)
    {
        var frames = (int)(Length.TotalSeconds * WavFormat.SampleRate);
        var samples = new short[frames * WavFormat.Channels];
        for (var i = 0; i < frames; i++)
        {
            var value = (short)(8000 * Math.Sin(2 * Math.PI * 440 * i / WavFormat.SampleRate));
            samples[2 * i] = value;
            samples[(2 * i) + 1] = value;
        }

        using var file = File.Create(path);
        WavFormat.Write(file, samples);
        return path;
    }

    /// <summary>What is wrong with the encoded tone as ffprobe read it, or null when nothing is.</summary>
    public static string? Problem(Mp3Info info)
    {
        ArgumentNullException.ThrowIfNull(info);
        if (info.Codec != "mp3")
        {
            return $"the output's audio is {info.Codec}, not mp3";
        }

        // LAME adds up to two frames of delay and padding (about 50 ms) around the samples.
        if (info.Duration < Length - TimeSpan.FromMilliseconds(50) || info.Duration > Length + TimeSpan.FromMilliseconds(300))
        {
            return string.Create(CultureInfo.InvariantCulture, $"the output lasts {info.Duration.TotalSeconds:0.000} s instead of about {Length.TotalSeconds:0.0} s");
        }

        return info.Title == Tags.Title ? null : $"the output's title tag reads back as '{info.Title}'";
    }
}
