namespace MusicBot.Telegram.Rendering;

/// <summary>The states of a progress message, in order.</summary>
public static class ProgressRank
{
    public const int Queued = 0;
    public const int LyricsReady = 1;
    public const int FirstTrack = 2;
    public const int Final = 3;
}
