namespace MusicBot.Core.Providers;

/// <summary>
/// One generated track as a provider reports it. Intermediate stages may leave the audio empty and the
/// duration unknown; <see cref="StreamUrl"/> can already play at the first-track stage.
/// </summary>
public sealed record ProviderTrack
{
    public required int Index { get; init; }

    public string? ProviderTrackId { get; init; }

    public string? Title { get; init; }

    public string? Style { get; init; }

    /// <summary>Final audio: an https URL, or a file:// URI for audio rendered on this machine.</summary>
    public string? AudioUrl { get; init; }

    public string? StreamUrl { get; init; }

    public string? ImageUrl { get; init; }

    public double? DurationSeconds { get; init; }

    public string? Lyrics { get; init; }

    public bool HasAudio => !string.IsNullOrWhiteSpace(AudioUrl);
}
