using MusicBot.Infrastructure.Providers.Local.Audio;

namespace MusicBot.Infrastructure.Providers.Local;

/// <summary>Files are written to a temporary name and renamed, so a crash never leaves half a file behind.</summary>
internal static class AtomicFile
{
    public static async Task WriteAsync(string path, Func<Stream, Task> write)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + ".part";
        await using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
        {
            await write(stream);
            await stream.FlushAsync();
        }

        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Interleaved 16-bit stereo samples as a WAV file.</summary>
    public static Task WriteWavAsync(string path, short[] samples) => WriteAsync(path, stream =>
    {
        WavFormat.Write(stream, samples);
        return Task.CompletedTask;
    });
}
