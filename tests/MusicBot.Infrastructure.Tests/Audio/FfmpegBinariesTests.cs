using MusicBot.Infrastructure.Audio;
using MusicBot.Testing;

namespace MusicBot.Infrastructure.Tests.Audio;

[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class FfmpegBinariesTests : IDisposable
{
    private readonly TestDataDirectory _data = new();

    public void Dispose() => _data.Dispose();

    [UnixFact]
    public void Locate_NoFolderConfigured_TakesTheFirstPathEntryWithAnExecutableFfmpeg()
    {
        var notExecutable = Folder("a", executable: false);
        var first = Folder("b", executable: true);
        var second = Folder("c", executable: true);

        var (found, missing) = FfmpegBinaries.Locate(null, string.Join(Path.PathSeparator, Path.Combine(_data.Path, "absent"), notExecutable, first, second));

        Assert.Null(missing);
        Assert.Equal(first, found!.Folder);
        Assert.Equal(Path.Combine(first, "ffmpeg"), found.Ffmpeg);
        Assert.Equal(first, found.Options.BinaryFolder);
    }

    [Fact]
    public void Locate_NothingOnPath_SaysSo()
    {
        Assert.Equal((null, "ffmpeg is not on PATH"), FfmpegBinaries.Locate(null, Folder("empty", executable: null)));
    }

    [UnixFact]
    public void Locate_ConfiguredFolder_NeverFallsBackToPath()
    {
        var empty = Folder("configured", executable: null);

        var (found, missing) = FfmpegBinaries.Locate(empty, Folder("onpath", executable: true));

        Assert.Null(found);
        Assert.Equal($"there is no ffmpeg in {empty} (MusicBot:Audio:FfmpegFolder)", missing);
    }

    /// <summary>A folder with ffmpeg and ffprobe files, executable or not, or (null) an empty one.</summary>
    private string Folder(string name, bool? executable)
    {
        var folder = Path.Combine(_data.Path, name);
        Directory.CreateDirectory(folder);
        if (executable is { } isExecutable)
        {
            foreach (var binary in new[] { "ffmpeg", "ffprobe" })
            {
                var path = Path.Combine(folder, binary);
                File.WriteAllText(path, "#!/bin/sh\n");
                File.SetUnixFileMode(path, isExecutable ? UnixFileMode.UserRead | UnixFileMode.UserExecute : UnixFileMode.UserRead);
            }
        }

        return folder;
    }
}
