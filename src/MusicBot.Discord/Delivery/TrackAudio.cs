using System.Globalization;
using MusicBot.Core.Providers;
using MusicBot.Discord.Rest;

namespace MusicBot.Discord.Delivery;

/// <summary>
/// Decides how a track's audio reaches Discord: attached when it fits the upload limit (a local <c>file://</c> track is
/// read from disk, a remote one downloaded with a cap), otherwise as a link, or, for a local file, a note why not.
/// The upload limit an interaction states can exceed what one request may carry (25 MiB in all, reference A6.2), so
/// the smaller of the two decides.
/// </summary>
public sealed class TrackAudio(MediaDownloader downloader)
{
    public const long MaxRequestBytes = 25L * 1024 * 1024;

    /// <summary>Room for the message JSON and the multipart framing next to the file (embeds are at most 6,000 characters).</summary>
    private const long PayloadHeadroom = 64 * 1024;

    /// <summary>The largest file one message can carry under <paramref name="uploadLimit"/>.</summary>
    public static long AttachableBytes(long uploadLimit) => Math.Min(uploadLimit, MaxRequestBytes - PayloadHeadroom);

    /// <summary>The same track without its file, after Discord refused the upload as too large: the link, or a note.</summary>
    public static TrackFile Unattached(ProviderTrack track, long size)
    {
        ArgumentNullException.ThrowIfNull(track);
        return Uri.TryCreate(track.AudioUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? new TrackFile(null, uri.AbsoluteUri, null)
            : new TrackFile(null, null, $"The audio ({Megabytes(size)}) is larger than Discord accepts in this channel.");
    }

    /// <param name="fileStem">The attachment's name without extension; the extension comes from the audio's address.</param>
    public async Task<TrackFile> PrepareAsync(string fileStem, ProviderTrack track, long limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(track);
        var attachable = AttachableBytes(limit);
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

            return file.Length <= attachable
                ? new TrackFile(DiscordFile.FromPath(name, ContentTypeOf(extension), file.FullName), null, null)
                : new TrackFile(null, null, attachable < limit
                    ? $"The audio ({Megabytes(file.Length)}) is larger than one Discord message can carry ({Megabytes(MaxRequestBytes)})."
                    : $"The audio ({Megabytes(file.Length)}) is larger than this channel's upload limit ({Megabytes(limit)}).");
        }

        if (uri.Scheme is not ("http" or "https"))
        {
            return new TrackFile(null, null, "No playable link came with this track.");
        }

        var download = await downloader.DownloadAsync(uri, attachable, cancellationToken);
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
