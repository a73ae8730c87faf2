using FFMpegCore;

namespace MusicBot.Infrastructure.Audio;

/// <summary>
/// Where ffmpeg and ffprobe are. FFMpegCore resolves them only when it starts one, and falls back to PATH when the
/// configured folder lacks them; the bot must say which binary it uses, and an empty folder must mean "none".
/// </summary>
public sealed record FfmpegBinaries(string Folder)
{
    private static readonly string Suffix = OperatingSystem.IsWindows() ? ".exe" : "";

    public string Ffmpeg => Path.Combine(Folder, "ffmpeg" + Suffix);

    /// <summary>Options for every FFMpegCore call, so the process-wide <c>GlobalFFOptions</c> is never relied on.</summary>
    public FFOptions Options => new() { BinaryFolder = Folder, UseCache = false };

    /// <summary>The binaries in <paramref name="folder"/>, or on <paramref name="searchPath"/> when no folder is set; else why not.</summary>
    public static (FfmpegBinaries? Found, string? Missing) Locate(string? folder, string? searchPath)
    {
        if (!string.IsNullOrWhiteSpace(folder))
        {
            var configured = Path.GetFullPath(folder);
            return IsExecutable(Path.Combine(configured, "ffmpeg" + Suffix))
                ? WithProbe(configured)
                : (null, $"there is no ffmpeg in {configured} ({AudioOptions.SectionName}:FfmpegFolder)");
        }

        var directories = (searchPath ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var found = directories.FirstOrDefault(d => IsExecutable(Path.Combine(d, "ffmpeg" + Suffix)));
        return found is null ? (null, "ffmpeg is not on PATH") : WithProbe(Path.GetFullPath(found));
    }

    private static (FfmpegBinaries?, string?) WithProbe(string folder) =>
        IsExecutable(Path.Combine(folder, "ffprobe" + Suffix))
            ? (new FfmpegBinaries(folder), null)
            : (null, $"ffmpeg is in {folder} but ffprobe is not next to it");

    private static bool IsExecutable(string path)
    {
        if (!File.Exists(path))
        {
            return false;
        }

        const UnixFileMode AnyExecute = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
        return OperatingSystem.IsWindows() || (File.GetUnixFileMode(path) & AnyExecute) != 0;
    }
}
