namespace MusicBot.Telegram.Delivery;

/// <summary>
/// How a track goes to Telegram: uploaded (<see cref="Upload"/>), or by URL when it is too big to re-upload; and its
/// media type, which decides between the music player and a plain file.
/// </summary>
public sealed record MediaFile(UploadFile? Upload, string? Url, long? Size, string ContentType)
{
    /// <summary>sendAudio takes only MP3 and M4A (Bot API, sendAudio); anything else (WAV, FLAC, …) goes as a document.</summary>
    public bool IsMusicPlayerFormat => ContentType is "audio/mpeg" or "audio/mp4";
}
