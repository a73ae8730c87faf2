using System.Globalization;
using MusicBot.Core.Providers;
using MusicBot.Discord.Rest;

namespace MusicBot.Discord.Delivery;

/// <summary>
/// Decides how a track's audio reaches Discord: attached when it fits the upload limit (a local <c>file://</c> track is
/// read from disk, a remote one downloaded with a cap), otherwise as a link, or, for a local file, a note why not.
/// </summary>
public sealed class TrackAudio(MediaDownloader downloader)
{
    /// <param name="fileStem">The attachment's name without extension; the extension comes from the audio's address.</param>
    public async Task<TrackFile> PrepareAsync(string fileStem, ProviderTrack track, long limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(track);
        if (!Uri.TryCreate(track.AudioUrl, UriKind.Absolute, out var uri))
        {
            return new TrackFile(null, null, "No audio came with this track.");
        }

        var extension = Path.GetExtension(uri.IsFile ? uri.LocalPath : uri.AbsolutePath).ToLowerInvariant() is { Length: > 1 and <= 5 } ext ? ext : ".mp3";
        var name = fileStem + extension;
        if (uri.IsFile)
        {
            var file = new FileInfo(uri.LocalPath);
            if (!file.Exists)
            {
                return new TrackFile(null, null, "The audio file is no longer on the bot's disk.");
            }

            return file.Length <= limit
                ? new TrackFile(DiscordFile.FromPath(name, ContentTypeOf(extension), file.FullName), null, null)
                : new TrackFile(null, null, $"The audio ({Megabytes(file.Length)}) is larger than this channel's upload limit ({Megabytes(limit)}).");
        }

        if (uri.Scheme is not ("http" or "https"))
        {
            return new TrackFile(null, null, "No playable link came with this track.");
        }

        var download = await downloader.DownloadAsync(uri, limit, cancellationToken);
        return download.Bytes is { } bytes
            ? new TrackFile(DiscordFile.FromBytes(name, download.ContentType ?? ContentTypeOf(extension), bytes), null, null)
            : new TrackFile(null, uri.AbsoluteUri, null);
    }

    private static string ContentTypeOf(string extension) => extension switch
    {
        ".wav" => "audio/wav",
        ".mp3" => "audio/mpeg",
        ".m4a" => "audio/mp4",
        ".ogg" => "audio/ogg",
        ".flac" => "audio/flac",
        _ => "application/octet-stream",
    };

    private static string Megabytes(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0 / 1024.0:0.0} MB");
}

/// <summary>An attachment, or a link to listen to, or a note saying why neither.</summary>
public sealed record TrackFile(DiscordFile? File, string? Link, string? Note);
