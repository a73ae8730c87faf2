namespace MusicBot.Discord.Delivery;

/// <summary>
/// Downloads attachments (a user's lyrics file) and remote audio, never reading more than a cap. It has its own
/// <see cref="HttpClient"/> without the bot token: these URLs are Discord's CDN or a provider's, not the API.
/// </summary>
public sealed class MediaDownloader(IHttpClientFactory httpClients)
{
    public const string HttpClientName = "discord-media";

    public async Task<MediaDownload> DownloadAsync(Uri url, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        try
        {
            using var response = await httpClients.CreateClient(HttpClientName).GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                return MediaDownload.Failed($"HTTP {(int)response.StatusCode}");
            }

            if (response.Content.Headers.ContentLength is { } length && length > maxBytes)
            {
                return MediaDownload.TooLarge(length);
            }

            await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > maxBytes)
                {
                    return MediaDownload.TooLarge(buffer.Length);
                }
            }

            return new MediaDownload(buffer.ToArray(), response.Content.Headers.ContentType?.MediaType, null, null);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return MediaDownload.Failed(ex.GetType().Name);
        }
    }
}

/// <summary>The bytes, or why there are none: larger than the cap (<see cref="Size"/> at least), or an error.</summary>
public sealed record MediaDownload(byte[]? Bytes, string? ContentType, long? Size, string? Error)
{
    public bool IsTooLarge => Size is not null;

    public static MediaDownload TooLarge(long size) => new(null, null, size, null);

    public static MediaDownload Failed(string error) => new(null, null, null, error);
}
