using System.ComponentModel;
using System.Globalization;
using FFMpegCore;
using FFMpegCore.Enums;
using FFMpegCore.Exceptions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MusicBot.Infrastructure.Audio;

/// <summary>
/// Turns rendered WAV files into tagged MP3 through ffmpeg (FFMpegCore), and reads files back with ffprobe. Whether
/// it can is decided once, by <see cref="StatusAsync"/>: a short tone is encoded and read back, so a binary that
/// exists but cannot make MP3 (no libmp3lame, a broken install) counts as absent. Without it the callers keep WAV.
/// </summary>
public sealed partial class Mp3Encoder
{
    private const string InstallAdvice =
        "For MP3 that plays in Telegram's music player and Discord's inline player, install ffmpeg with an MP3 encoder (Debian/Ubuntu: apt-get install ffmpeg) or set MusicBot:Audio:FfmpegFolder";

    // The first start of ffmpeg loads many shared libraries, which takes seconds on a busy machine.
    private static readonly TimeSpan CheckTimeout = TimeSpan.FromSeconds(30);

    // Generous: a five-minute take encodes in a few seconds; this only stops a hung process.
    private static readonly TimeSpan EncodeTimeout = TimeSpan.FromMinutes(2);

    private readonly IOptions<AudioOptions> _options;
    private readonly TimeProvider _time;
    private readonly ILogger<Mp3Encoder> _logger;
    private readonly Lazy<Task<(EncoderStatus Status, FfmpegBinaries? Binaries)>> _check;
    private volatile string? _lastFailure;

    public Mp3Encoder(IOptions<AudioOptions> options, TimeProvider time, ILogger<Mp3Encoder> logger)
    {
        _options = options;
        _time = time;
        _logger = logger;
        _check = new(() => Task.Run(CheckAsync));
    }

    /// <summary>The result of the start-up check (run on first use, then kept), with the last encoding failure if any.</summary>
    public async Task<EncoderStatus> StatusAsync(CancellationToken cancellationToken)
    {
        var status = (await _check.Value.WaitAsync(cancellationToken)).Status;
        return _lastFailure is { } failure && status.CanEncodeMp3 ? status with { Detail = $"{status.Detail}; the last encoding failed: {failure}" } : status;
    }

    /// <summary>
    /// Encodes <paramref name="wavPath"/> to <paramref name="mp3Path"/> (written whole or not at all) and checks the
    /// result with ffprobe: an MP3 stream as long as <paramref name="duration"/>. Null when MP3 is not available or
    /// this encoding failed (logged): the caller delivers the WAV instead.
    /// </summary>
    public async Task<Mp3Info?> EncodeAsync(string wavPath, TimeSpan duration, string mp3Path, AudioTags tags, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tags);
        var (status, binaries) = await _check.Value.WaitAsync(cancellationToken);
        if (!status.CanEncodeMp3 || binaries is null)
        {
            return null;
        }

        var part = mp3Path + ".part";
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(EncodeTimeout);
        var errors = new List<string>();
        try
        {
            await EncodeAsync(binaries, wavPath, part, tags, errors, limit.Token);
            var info = await ProbeAsync(binaries, part, limit.Token);
            var tolerance = TimeSpan.FromSeconds(0.2) + (duration * 0.01);
            if (info.Codec != "mp3" || (info.Duration - duration).Duration() > tolerance)
            {
                throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture,
                    $"ffprobe reads {info.Codec} of {info.Duration.TotalSeconds:0.00} s, expected mp3 of {duration.TotalSeconds:0.00} s"));
            }

            File.Move(part, mp3Path, overwrite: true);
            _lastFailure = null;
            return info;
        }
        catch (Exception ex) when (IsFfmpegFailure(ex) && !cancellationToken.IsCancellationRequested)
        {
            TryDelete(part);
            var reason = Reason(ex, errors);
            _lastFailure = reason;
            LogEncodeFailed(ex, Path.GetFileName(wavPath), reason);
            return null;
        }
    }

    /// <summary>What ffprobe reads in <paramref name="path"/>; null when MP3 is not available.</summary>
    public async Task<Mp3Info?> ProbeAsync(string path, CancellationToken cancellationToken)
    {
        var (_, binaries) = await _check.Value.WaitAsync(cancellationToken);
        return binaries is null ? null : await ProbeAsync(binaries, path, cancellationToken);
    }

    private async Task<(EncoderStatus, FfmpegBinaries?)> CheckAsync()
    {
        var (binaries, missing) = FfmpegBinaries.Locate(_options.Value.FfmpegFolder, Environment.GetEnvironmentVariable("PATH"));
        if (binaries is null)
        {
            return (EncoderStatus.Wav($"WAV, because {missing}. {InstallAdvice}."), null);
        }

        var started = _time.GetTimestamp();
        var folder = Path.Combine(Path.GetTempPath(), $"musicbot-encoder-check-{Guid.NewGuid():N}");
        var errors = new List<string>();
        using var limit = new CancellationTokenSource(CheckTimeout);
        try
        {
            Directory.CreateDirectory(folder);
            var tone = TestTone.WriteTo(Path.Combine(folder, "tone.wav"));
            var mp3 = Path.Combine(folder, "tone.mp3");
            await EncodeAsync(binaries, tone, mp3, TestTone.Tags, errors, limit.Token);
            var info = await ProbeAsync(binaries, mp3, limit.Token);
            if (TestTone.Problem(info) is { } problem)
            {
                throw new InvalidDataException(problem);
            }

            var version = errors.Select(l => VersionLine().Match(l)).FirstOrDefault(m => m.Success)?.Groups["version"].Value ?? "(version unknown)";
            var elapsed = _time.GetElapsedTime(started);
            return (EncoderStatus.Mp3(string.Create(CultureInfo.InvariantCulture,
                $"MP3 {_options.Value.Mp3Bitrate} kbps via ffmpeg {version} in {binaries.Folder} (a test tone encoded and read back in {elapsed.TotalMilliseconds:0} ms)")), binaries);
        }
        catch (Exception ex) when (IsFfmpegFailure(ex))
        {
            var reason = limit.IsCancellationRequested ? $"it did not finish within {CheckTimeout.TotalSeconds:0} s" : Reason(ex, errors);
            LogCheckFailed(ex, binaries.Ffmpeg, reason);
            return (EncoderStatus.Wav($"WAV, because ffmpeg in {binaries.Folder} could not encode a test tone to MP3: {reason}. {InstallAdvice}."), null);
        }
        finally
        {
            TryDeleteFolder(folder);
        }
    }

    private Task<FFMpegResult> EncodeAsync(FfmpegBinaries binaries, string wavPath, string mp3Path, AudioTags tags, List<string> errors, CancellationToken cancellationToken) =>
        FFMpegArguments
            .FromFileInput(wavPath)
            // A metadata file rather than -metadata arguments: FFMpegCore escapes its values, and titles are user text.
            .AddMetadata(new FFMetadataBuilder().WithTitle(tags.Title).WithArtists(tags.Artist))
            .OutputToFile(mp3Path, overwrite: true, o => o
                .WithAudioCodec(AudioCodec.LibMp3Lame)
                .WithAudioBitrate(_options.Value.Mp3Bitrate)
                // ID3v2.3: the version every player and Telegram's own tag reader understand.
                .WithId3v2Version(3)
                // The temporary name has no .mp3 extension for ffmpeg to guess from.
                .ForceFormat("mp3"))
            .NotifyOnStandardError(line =>
            {
                lock (errors)
                {
                    errors.Add(line);
                }
            })
            .ProcessAsynchronously(throwOnError: true, binaries.Options, cancellationToken);

    private static async Task<Mp3Info> ProbeAsync(FfmpegBinaries binaries, string path, CancellationToken cancellationToken)
    {
        var analysis = await FFProbe.AnalyseAsync(path, binaries.Options, null, cancellationToken);
        var tags = analysis.Format.Tags ?? new Dictionary<string, string>();
        return new Mp3Info(
            analysis.PrimaryAudioStream?.CodecName ?? "none",
            analysis.Duration,
            analysis.PrimaryAudioStream?.BitRate ?? 0,
            tags.GetValueOrDefault("title"),
            tags.GetValueOrDefault("artist"));
    }

    // ffmpeg's last error line usually names the problem ("Unknown encoder 'libmp3lame'"); the exception says less.
    private static string Reason(Exception exception, List<string> errors)
    {
        string? last;
        lock (errors)
        {
            last = errors.LastOrDefault(l => !string.IsNullOrWhiteSpace(l))?.Trim();
        }

        var reason = exception is InvalidDataException || last is null ? exception.Message : last;
        return reason.Length <= 300 ? reason : reason[..300] + "…";
    }

    private static bool IsFfmpegFailure(Exception exception) =>
        exception is FFMpegException or FFProbeException or Win32Exception or IOException or InvalidDataException
            or UnauthorizedAccessException or OperationCanceledException or System.Text.Json.JsonException
            or Instances.Exceptions.InstanceException;

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // A leftover .part file is overwritten by the next attempt.
        }
    }

    private static void TryDeleteFolder(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (IOException)
        {
            // The temp folder is cleaned by the OS; a check never fails over its own scratch files.
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^ffmpeg version (?<version>\S+)")]
    private static partial System.Text.RegularExpressions.Regex VersionLine();

    [LoggerMessage(EventId = 2101, Level = LogLevel.Warning, Message = "MP3 encoding of {File} failed, delivering the WAV: {Reason}")]
    private partial void LogEncodeFailed(Exception exception, string file, string reason);

    [LoggerMessage(EventId = 2102, Level = LogLevel.Warning, Message = "ffmpeg at {Ffmpeg} failed the MP3 check: {Reason}")]
    private partial void LogCheckFailed(Exception exception, string ffmpeg, string reason);
}
