using MusicBot.Core.Operations;

namespace MusicBot.Core.Generation;

/// <summary>
/// Why a request that starts a task cannot run as asked. Nothing is reserved or charged for any of them; each
/// carries what a message needs to say why and what to do instead.
/// </summary>
public abstract record Refusal
{
    private protected Refusal()
    {
    }

    /// <summary>
    /// Song <paramref name="SongId"/> is not the asker's in this scope (or does not exist). <paramref name="OwnerId"/> is
    /// its requester on the same platform, when there is one, so a button on someone else's song can say whose it is.
    /// </summary>
    public sealed record NotYourSong(long SongId, OperationKind? Operation, string? OwnerId) : Refusal;

    /// <summary>Song <paramref name="SongId"/> cannot be the source of <paramref name="Operation"/>, for <paramref name="Why"/>.</summary>
    public sealed record SongNotUsable(long SongId, OperationKind Operation, UnusableBecause Why, OperationKind? MadeBy) : Refusal;

    /// <summary>The asker has no finished song yet to run <paramref name="Operation"/> on.</summary>
    public sealed record NoFinishedSong(OperationKind Operation) : Refusal;

    /// <summary>Song <paramref name="SongId"/> has no track with audio.</summary>
    public sealed record NoAudio(long SongId, OperationKind Operation) : Refusal;

    /// <summary>Song <paramref name="SongId"/> has takes 1 to <paramref name="Takes"/>; <paramref name="Asked"/> is not one.</summary>
    public sealed record TakeOutOfRange(long SongId, int Takes, int Asked) : Refusal;

    /// <summary>An extension's starting second <paramref name="At"/> lies outside the take (of <paramref name="Length"/> seconds, when known).</summary>
    public sealed record ContinueAtOutOfRange(double At, double? Length) : Refusal;

    /// <summary><paramref name="Provider"/> does not offer <paramref name="Operation"/>; <paramref name="OfferedBy"/> are configured providers that do.</summary>
    public sealed record OperationNotOffered(string Provider, OperationKind Operation, IReadOnlyList<string> OfferedBy) : Refusal;

    /// <summary>AI lyrics need a topic, and neither the command nor the draft's style gave one.</summary>
    public sealed record TopicMissing : Refusal;

    /// <summary>An AI-lyrics topic of <paramref name="Words"/> words is over the limit of <paramref name="Max"/>.</summary>
    public sealed record TopicTooLong(int Max, int Words) : Refusal;

    /// <summary>Adding vocals needs lyrics in the draft for the singer.</summary>
    public sealed record LyricsNeeded : Refusal;

    /// <summary>Adding an instrumental needs a style (the draft's, or the source song's).</summary>
    public sealed record StyleNeeded : Refusal;
}

/// <summary>Why a song cannot be worked on.</summary>
public enum UnusableBecause
{
    /// <summary>It is the result of an operation that makes no music (a WAV copy, stems, lyrics).</summary>
    NotASong,

    /// <summary>It finished without audio.</summary>
    NoAudio,

    Failed,

    InProgress,
}
