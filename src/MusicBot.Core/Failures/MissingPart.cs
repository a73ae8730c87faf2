namespace MusicBot.Core.Failures;

/// <summary>What an operation's request lacks that the provider needs (see <see cref="TaskFailure.Incomplete"/>).</summary>
public enum MissingPart
{
    /// <summary>The source track has no provider id (sunoapi audio id, MusicAPI clip id).</summary>
    SourceTrackId = 1,

    /// <summary>The source song has no provider task id.</summary>
    SourceTaskId = 2,

    /// <summary>The source track has no audio address.</summary>
    SourceAudio = 3,

    Lyrics = 4,

    Style = 5,

    Title = 6,

    /// <summary>An AI-lyrics request has no topic.</summary>
    Topic = 7,

    /// <summary>An extend needs the second to continue from, and the source track's length is unknown.</summary>
    ContinueAt = 8,

    /// <summary>The bot does not know how to ask for this operation.</summary>
    Operation = 9,

    /// <summary>Continuing from a chosen second needs the song's lyrics, and it was made without any.</summary>
    ContinueAtLyrics = 10,

    /// <summary>Continuing from a chosen second needs the song's lyrics, and it is an instrumental.</summary>
    ContinueAtLyricsOfInstrumental = 11,

    /// <summary>Continuing from a chosen second needs the song's style, and it has none.</summary>
    ContinueAtStyle = 12,

    /// <summary>Continuing from a chosen second needs the song's title, and it has none.</summary>
    ContinueAtTitle = 13,
}
