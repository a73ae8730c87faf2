namespace MusicBot.Telegram.Delivery;

/// <summary>
/// How a track goes to Telegram: uploaded (<see cref="Upload"/>); by URL, which Telegram fetches itself only up to
/// <see cref="MaxByUrlBytes"/>; or, past both limits, as a link in a message. Its media type decides between the
/// music player and a plain file. Disposing it deletes the temporary copy of a download.
/// </summary>
public sealed class MediaFile(UploadFile? upload, string? url, long? size, string contentType, string? temporaryPath = null) : IAsyncDisposable
{
    /// <summary>The Bot API fetches at most 20 MB by URL (chat-protocols §B7), whatever the upload limit is.</summary>
    public const long MaxByUrlBytes = 20L * 1024 * 1024;

    public UploadFile? Upload => upload;

    /// <summary>The provider's address of a file that was not uploaded: sent by URL when allowed, else linked.</summary>
    public string? Url => url;

    public long? Size => size;

    public string ContentType => contentType;

    /// <summary>sendAudio takes only MP3 and M4A (Bot API, sendAudio); anything else (WAV, FLAC, …) goes as a document.</summary>
    public bool IsMusicPlayerFormat => ContentType is "audio/mpeg" or "audio/mp4";

    /// <summary>True for music Telegram can fetch itself: a known size within <see cref="MaxByUrlBytes"/>.</summary>
    public bool CanSendByUrl => Upload is null && Url is not null && IsMusicPlayerFormat && Size is <= MaxByUrlBytes;

    public ValueTask DisposeAsync()
    {
        if (temporaryPath is not null)
        {
            File.Delete(temporaryPath);
        }

        return ValueTask.CompletedTask;
    }
}
