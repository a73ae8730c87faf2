using MusicBot.Emulators.Telegram.Model;

namespace MusicBot.Emulators.Telegram.Server;

/// <summary>
/// What an uploaded part really is, as the server decides it: clients such as Telegram.Bot type every part
/// <c>application/octet-stream</c>, so a declared type counts only when it is specific; otherwise the file name's
/// extension, then the first bytes (JPEG, ID3/MPEG audio, MP4 <c>ftyp</c>, RIFF WAVE) tell.
/// </summary>
public static class MediaTypes
{
    private const string Generic = "application/octet-stream";

    private static readonly Dictionary<string, string> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".mp3"] = "audio/mpeg",
        [".m4a"] = "audio/mp4",
        [".wav"] = "audio/wav",
        [".ogg"] = "audio/ogg",
        [".flac"] = "audio/flac",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".txt"] = "text/plain",
    };

    public static string Of(UploadedFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (file.ContentType.Length > 0 && !file.ContentType.StartsWith(Generic, StringComparison.OrdinalIgnoreCase))
        {
            return file.ContentType;
        }

        return ByExtension.TryGetValue(Path.GetExtension(file.FileName), out var type) ? type : Sniff(file.Content);
    }

    /// <summary>A JPEG starts with the SOI marker and another marker (FF D8 FF), whatever the part says it is.</summary>
    public static bool IsJpeg(byte[] content) =>
        content is [0xFF, 0xD8, 0xFF, ..];

    private static string Sniff(byte[] content) => content switch
    {
        [0xFF, 0xD8, 0xFF, ..] => "image/jpeg",
        [(byte)'I', (byte)'D', (byte)'3', ..] => "audio/mpeg",
        [0xFF, var sync, ..] when (sync & 0xE0) == 0xE0 => "audio/mpeg",
        [_, _, _, _, (byte)'f', (byte)'t', (byte)'y', (byte)'p', ..] => "audio/mp4",
        [(byte)'R', (byte)'I', (byte)'F', (byte)'F', _, _, _, _, (byte)'W', (byte)'A', (byte)'V', (byte)'E', ..] => "audio/wav",
        _ => Generic,
    };
}
