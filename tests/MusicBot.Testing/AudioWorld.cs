using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MusicBot.Infrastructure.Audio;

namespace MusicBot.Testing;

/// <summary>
/// The two worlds the bot's audio lives in, both reachable on one machine: with ffmpeg (MP3 delivery; tests that
/// need it are <see cref="FfmpegFactAttribute"/>s and skip, saying how to install it, where it is absent) and
/// without (an empty folder configured as <c>MusicBot:Audio:FfmpegFolder</c>, so the bot finds no ffmpeg even when
/// one is on PATH).
/// </summary>
public static class AudioWorld
{
    public const string FolderKey = "MusicBot:Audio:FfmpegFolder";

    public const string SkipReason =
        "needs ffmpeg with an MP3 encoder on PATH: install it (Debian/Ubuntu: apt-get install ffmpeg; check with ffmpeg -encoders | grep mp3) to run this test. CI (.ci/run) installs it.";

    private static readonly Lazy<bool> Installed = new(FindFfmpegWithMp3);

    /// <summary>True when ffmpeg on PATH lists an MP3 encoder (libmp3lame), as the bot's own check needs.</summary>
    public static bool HasFfmpeg => Installed.Value;

    /// <summary>An empty folder under <paramref name="dataDirectory"/>, to configure as the ffmpeg folder: no MP3.</summary>
    public static string NoFfmpegFolder(string dataDirectory)
    {
        var folder = Path.Combine(dataDirectory, "no-ffmpeg");
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>The setting that puts a bot started on <paramref name="dataDirectory"/> in the world without ffmpeg.</summary>
    public static KeyValuePair<string, string?> WithoutFfmpeg(string dataDirectory) => new(FolderKey, NoFfmpegFolder(dataDirectory));

    /// <summary>The same as an environment variable, for a bot process.</summary>
    public static KeyValuePair<string, string> WithoutFfmpegVariable(string dataDirectory) =>
        new(FolderKey.Replace(":", "__", StringComparison.Ordinal), NoFfmpegFolder(dataDirectory));

    /// <summary>An encoder as the bot builds it; <paramref name="ffmpegFolder"/> null means PATH.</summary>
    public static Mp3Encoder Encoder(string? ffmpegFolder) =>
        new(Options.Create(new AudioOptions { FfmpegFolder = ffmpegFolder }), TimeProvider.System, NullLogger<Mp3Encoder>.Instance);

    private static bool FindFfmpegWithMp3()
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("ffmpeg", "-hide_banner -encoders")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            });
            if (process is null)
            {
                return false;
            }

            var stderr = process.StandardError.ReadToEndAsync();
            var encoders = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            _ = stderr.Result;
            return process.ExitCode == 0 && encoders.Contains("libmp3lame", StringComparison.Ordinal);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // Not on PATH.
            return false;
        }
    }
}
