using System.Text.Json.Serialization;
using MusicBot.Core.Failures;
using MusicBot.Core.Operations;
using MusicBot.Core.Providers;

namespace MusicBot.Core.Delivery;

/// <summary>
/// One message for the user about a task, as data: each kind carries exactly what it says. It is written to the
/// outbox in the same transaction as the state change that caused it, and (kind, ordinal) is unique per task, so no
/// notice, and no track, is ever sent twice. The <c>kind</c> names are stored (<c>deliveries.notice_json</c>).
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(LyricsReady), nameof(NoticeKind.LyricsReady))]
[JsonDerivedType(typeof(FirstTrackReady), nameof(NoticeKind.FirstTrackReady))]
[JsonDerivedType(typeof(TrackReady), nameof(NoticeKind.Track))]
[JsonDerivedType(typeof(LyricsVersion), nameof(NoticeKind.Lyrics))]
[JsonDerivedType(typeof(Completed), nameof(NoticeKind.Completed))]
[JsonDerivedType(typeof(Failed), nameof(NoticeKind.Failed))]
public abstract record Notice
{
    private protected Notice()
    {
    }

    /// <summary>The stored kind (the JSON discriminator, so not a property of its own).</summary>
    [JsonIgnore]
    public NoticeKind Kind => this switch
    {
        LyricsReady => NoticeKind.LyricsReady,
        FirstTrackReady => NoticeKind.FirstTrackReady,
        TrackReady => NoticeKind.Track,
        LyricsVersion => NoticeKind.Lyrics,
        Completed => NoticeKind.Completed,
        Failed => NoticeKind.Failed,
        _ => throw new InvalidOperationException($"Unknown notice {GetType().Name}."),
    };

    /// <summary>Track index for a track or lyrics notice; 0 for the others.</summary>
    [JsonIgnore]
    public int Ordinal => this switch
    {
        TrackReady track => track.Track.Index,
        LyricsVersion version => version.Track.Index,
        _ => 0,
    };

    /// <summary>The song's title as known at this step, if any.</summary>
    public string? Title { get; init; }

    /// <summary>The task's operation, so a message can say "extended" or "stems"; null for a new song.</summary>
    public OperationKind? Operation { get; init; }

    /// <summary>The provider wrote the lyrics and arrangement; the music is being made.</summary>
    public sealed record LyricsReady : Notice;

    /// <summary>The first take can be streamed (<see cref="StreamUrl"/>, when the provider gave one).</summary>
    public sealed record FirstTrackReady : Notice
    {
        public string? StreamUrl { get; init; }
    }

    /// <summary>One finished track (a take, a stem or a WAV copy), with its take number as the user counts takes.</summary>
    public sealed record TrackReady : Notice
    {
        public required ProviderTrack Track { get; init; }

        /// <summary>1-based position among the task's playable tracks: the number <c>take</c> arguments mean.</summary>
        public required int Take { get; init; }
    }

    /// <summary>One AI-written lyrics version (an <see cref="OperationKind.Lyrics"/> task has no audio).</summary>
    public sealed record LyricsVersion : Notice
    {
        public required ProviderTrack Track { get; init; }

        /// <summary>True for the version that was written into the user's draft.</summary>
        public bool SavedToDraft { get; init; }
    }

    /// <summary>The task succeeded: <see cref="TrackCount"/> items were delivered and <see cref="Credits"/> charged.</summary>
    public sealed record Completed : Notice
    {
        public int Credits { get; init; }

        public int TrackCount { get; init; }
    }

    /// <summary>The task failed for <see cref="Failure"/>; <see cref="Credits"/> were refunded.</summary>
    public sealed record Failed : Notice
    {
        public required TaskFailure Failure { get; init; }

        public int Credits { get; init; }
    }
}
