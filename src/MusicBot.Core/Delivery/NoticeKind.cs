namespace MusicBot.Core.Delivery;

/// <summary>What a user is told about a task, in the order it happens.</summary>
public enum NoticeKind
{
    LyricsReady = 1,
    FirstTrackReady = 2,
    Track = 3,
    Completed = 4,
    Failed = 5,

    /// <summary>One AI-written lyrics variant (an <see cref="Operations.OperationKind.Lyrics"/> task has no audio).</summary>
    Lyrics = 6,
}
