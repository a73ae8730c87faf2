namespace MusicBot.Telegram.Delivery;

/// <summary>A track or picture could not be read or downloaded; the message names no URL (provider links can be signed).</summary>
public sealed class MediaUnavailableException : Exception
{
    public MediaUnavailableException()
    {
    }

    public MediaUnavailableException(string message)
        : base(message)
    {
    }

    public MediaUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
