using System.Net.Http.Headers;
using Microsoft.Extensions.Options;

namespace MusicBot.Telegram.Delivery;

/// <summary>
/// Gets a track ready to send (chat-protocols §B7): files on this machine and downloads up to
/// <see cref="TelegramOptions.MaxUploadBytes"/> are uploaded (the only way a thumbnail is accepted). A download goes
/// to a temporary file, not memory, so a 50 MB track costs no 50 MB of heap and can be reopened for a retried upload.
/// A remote file past the upload limit is sent by URL only when Telegram can fetch it (MP3/M4A of a known size up to
/// 20 MB); anything larger is linked in a message, never dropped.
/// </summary>
public sealed class MediaFetcher(IHttpClientFactory clients, IOptions<TelegramOptions> options)
{
    /// <summary>The HTTP client for provider media; it has no HTTP loggers, as provider links may carry signatures.</summary>
    public const string ClientName = "telegram-media";

    private const long MaxThumbnailBytes = 200 * 1024;

    public async Task<MediaFile> OpenAudioAsync(string url, string fileStem, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            throw new MediaUnavailableException("the track has no usable address");
        }

        var limit = options.Value.MaxUploadBytes;
        if (uri.IsFile)
        {
            var file = new FileInfo(uri.LocalPath);
            if (!file.Exists)
            {
                throw new MediaUnavailableException("the track file is missing on this machine");
            }

            var localType = ContentTypeOf(file.Extension, null);
            return file.Length <= limit
                ? new MediaFile(UploadFile.FromPath(fileStem + file.Extension, file.FullName), null, file.Length, localType)
                : new MediaFile(null, null, file.Length, localType);
        }

        using var response = await GetAsync(uri, cancellationToken);
        var extension = Path.GetExtension(uri.AbsolutePath);
        var type = ContentTypeOf(extension, response.Content.Headers.ContentType);
        var length = response.Content.Headers.ContentLength;
        if (length > limit)
        {
            return new MediaFile(null, uri.AbsoluteUri, length, type);
        }

        var path = Path.Combine(Path.GetTempPath(), $"musicbot-{Guid.NewGuid():N}{extension}");
        var copied = await CopyAtMostAsync(response, path, limit, cancellationToken);
        if (copied is not { } size)
        {
            File.Delete(path);
            return new MediaFile(null, uri.AbsoluteUri, null, type);
        }

        return new MediaFile(UploadFile.FromPath(fileStem + extension, path), null, size, type, path);
    }

    /// <summary>A JPEG under 200 kB for the audio's cover, or null: a missing cover never holds up a track.</summary>
    public async Task<UploadFile?> ThumbnailAsync(string? url, CancellationToken cancellationToken)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return null;
        }

        try
        {
            if (uri.IsFile)
            {
                var file = new FileInfo(uri.LocalPath);
                return file.Exists && file.Length <= MaxThumbnailBytes && IsJpeg(file.Extension, null)
                    ? UploadFile.FromPath("cover.jpg", file.FullName)
                    : null;
            }

            using var response = await GetAsync(uri, cancellationToken);
            if (!IsJpeg(Path.GetExtension(uri.AbsolutePath), response.Content.Headers.ContentType))
            {
                return null;
            }

            var bytes = await ReadAtMostAsync(response, MaxThumbnailBytes, cancellationToken);
            return bytes is null ? null : UploadFile.FromBytes("cover.jpg", bytes);
        }
        catch (MediaUnavailableException)
        {
            return null;
        }
    }

    private async Task<HttpResponseMessage> GetAsync(Uri uri, CancellationToken cancellationToken)
    {
        if (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
        {
            throw new MediaUnavailableException($"the track's address uses the unsupported scheme '{uri.Scheme}'");
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.UploadTimeout);
        HttpResponseMessage response;
        try
        {
            response = await clients.CreateClient(ClientName).GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        }
        catch (Exception ex) when (ex is HttpRequestException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new MediaUnavailableException($"the download from {uri.Host} failed ({ex.GetType().Name})");
        }

        if (!response.IsSuccessStatusCode)
        {
            response.Dispose();
            throw new MediaUnavailableException($"the download from {uri.Host} answered HTTP {(int)response.StatusCode}");
        }

        return response;
    }

    /// <summary>Writes the body to <paramref name="path"/>; its length, or null when it is longer than <paramref name="limit"/>.</summary>
    private static async Task<long?> CopyAtMostAsync(HttpResponseMessage response, string path, long limit, CancellationToken cancellationToken)
    {
        await using var source = await response.Content.ReadAsStreamAsync(cancellationToken);
        await using var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
        var chunk = new byte[81920];
        int read;
        while ((read = await source.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (target.Length + read > limit)
            {
                return null;
            }

            await target.WriteAsync(chunk.AsMemory(0, read), cancellationToken);
        }

        return target.Length;
    }

    /// <summary>The body, or null when it is longer than <paramref name="limit"/>.</summary>
    private static async Task<byte[]?> ReadAtMostAsync(HttpResponseMessage response, long limit, CancellationToken cancellationToken)
    {
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static string ContentTypeOf(string extension, MediaTypeHeaderValue? served) => extension.ToLowerInvariant() switch
    {
        ".mp3" => "audio/mpeg",
        ".m4a" or ".mp4" => "audio/mp4",
        ".wav" => "audio/wav",
        ".ogg" => "audio/ogg",
        ".flac" => "audio/flac",
        _ => served?.MediaType ?? "application/octet-stream",
    };

    private static bool IsJpeg(string extension, MediaTypeHeaderValue? served) =>
        served?.MediaType is "image/jpeg" || (served is null && extension.ToLowerInvariant() is ".jpg" or ".jpeg");
}
