using MusicBot.Core.Operations;
using MusicBot.Core.Providers;

namespace MusicBot.Core.Delivery;

/// <summary>
/// One message for the user about a task. It is written to the outbox in the same transaction as the state change
/// that caused it, and (kind, ordinal) is unique per task, so no notice, and no track, is ever sent twice.
/// </summary>
public sealed record Notice
{
    public required NoticeKind Kind { get; init; }

    /// <summary>Track index for <see cref="NoticeKind.Track"/>; 0 for the others.</summary>
    public int Ordinal { get; init; }

    public string? StreamUrl { get; init; }

    public ProviderTrack? Track { get; init; }

    public string? Title { get; init; }

    public string? FailureMessage { get; init; }

    /// <summary>Credits charged (completed) or refunded (failed).</summary>
    public int Credits { get; init; }

    public int TrackCount { get; init; }

    /// <summary>The task's operation, so a message can say "extended" or "stems"; null for a new song.</summary>
    public OperationKind? Operation { get; init; }

    /// <summary>For <see cref="NoticeKind.Lyrics"/>: true for the variant that was written into the user's draft.</summary>
    public bool SavedToDraft { get; init; }

    public static Notice LyricsReady(string? title) => new() { Kind = NoticeKind.LyricsReady, Title = title };

    public static Notice FirstTrackReady(string? title, string? streamUrl) =>
        new() { Kind = NoticeKind.FirstTrackReady, Title = title, StreamUrl = streamUrl };

    public static Notice ForTrack(ProviderTrack track) => new() { Kind = NoticeKind.Track, Ordinal = track.Index, Track = track, Title = track.Title };

    public static Notice ForLyrics(ProviderTrack variant, bool savedToDraft) =>
        new() { Kind = NoticeKind.Lyrics, Ordinal = variant.Index, Track = variant, Title = variant.Title, SavedToDraft = savedToDraft };

    public static Notice Completed(string? title, int charged, int trackCount) =>
        new() { Kind = NoticeKind.Completed, Title = title, Credits = charged, TrackCount = trackCount };

    public static Notice Failed(string? title, string message, int refunded) =>
        new() { Kind = NoticeKind.Failed, Title = title, FailureMessage = message, Credits = refunded };
}
