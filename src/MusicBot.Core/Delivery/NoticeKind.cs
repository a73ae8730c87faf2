namespace MusicBot.Core.Delivery;

/// <summary>What a user is told about a task, in the order it happens.</summary>
public enum NoticeKind
{
    LyricsReady = 1,
    FirstTrackReady = 2,
    Track = 3,
    Completed = 4,
    Failed = 5,
}
