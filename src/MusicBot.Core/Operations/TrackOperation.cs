namespace MusicBot.Core.Operations;

/// <summary>
/// The operation part of a <see cref="Providers.GenerationRequest"/>: what to do and to which track, with the source
/// track's provider ids copied in at submit time so the request stands on its own after a restart.
/// </summary>
public sealed record TrackOperation
{
    public required OperationKind Kind { get; init; }

    /// <summary>The bot's task that made the source track; null for <see cref="OperationKind.Lyrics"/>.</summary>
    public long? SourceTaskId { get; init; }

    /// <summary>The source track's index within its task (<see cref="Providers.ProviderTrack.Index"/>).</summary>
    public int? SourceTrackIndex { get; init; }

    /// <summary>The provider's id of the source task (sunoapi's WAV and stems calls name both task and track).</summary>
    public string? SourceProviderTaskId { get; init; }

    /// <summary>The provider's id of the source track (sunoapi <c>audioId</c>, MusicAPI <c>clip_id</c>).</summary>
    public string? SourceTrackId { get; init; }

    /// <summary>Where the source audio can be downloaded (add vocals / add instrumental upload it by URL).</summary>
    public string? SourceAudioUrl { get; init; }

    public double? SourceDurationSeconds { get; init; }

    /// <summary>Extend: continue from this second of the source; null lets the provider continue from the end.</summary>
    public double? ContinueAtSeconds { get; init; }

    /// <summary>Lyrics: what the song should be about.</summary>
    public string? Prompt { get; init; }
}
