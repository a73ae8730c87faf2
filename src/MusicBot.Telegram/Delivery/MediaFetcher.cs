using System.Net.Http.Headers;
using Microsoft.Extensions.Options;

namespace MusicBot.Telegram.Delivery;

/// <summary>
/// Gets a track ready to send (chat-protocols §B7): files on this machine and downloads up to
/// <see cref="TelegramOptions.MaxUploadBytes"/> are uploaded (the only way a thumbnail is accepted); a remote file
/// that is bigger goes by URL, which Telegram fetches itself (up to 20 MB).
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

        if (uri.IsFile)
        {
            var file = new FileInfo(uri.LocalPath);
            if (!file.Exists)
            {
                throw new MediaUnavailableException("the track file is missing on this machine");
            }

            var name = fileStem + file.Extension;
            var localType = ContentTypeOf(file.Extension, null);
            return file.Length <= options.Value.MaxUploadBytes
                ? new MediaFile(UploadFile.FromPath(name, file.FullName), null, file.Length, localType)
                : new MediaFile(null, null, file.Length, localType);
        }

        using var response = await GetAsync(uri, cancellationToken);
        var extension = Path.GetExtension(uri.AbsolutePath);
        var type = ContentTypeOf(extension, response.Content.Headers.ContentType);
        if (response.Content.Headers.ContentLength is { } length && length > options.Value.MaxUploadBytes)
        {
            return new MediaFile(null, uri.AbsoluteUri, length, type);
        }

        var bytes = await ReadAtMostAsync(response, options.Value.MaxUploadBytes, cancellationToken);
        return bytes is null
            ? new MediaFile(null, uri.AbsoluteUri, null, type)
            : new MediaFile(UploadFile.FromBytes(fileStem + extension, bytes), null, bytes.Length, type);
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
