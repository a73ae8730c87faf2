using MusicBot.Core.Operations;

namespace MusicBot.Core.Providers;

/// <summary>
/// A validated draft frozen at submit time, with provider and model resolved to the provider's own spelling.
/// It is stored with the task so that a restart resubmits or polls exactly what the user asked for.
/// </summary>
public sealed record GenerationRequest
{
    public required string Provider { get; init; }

    public required string Model { get; init; }

    public string? Style { get; init; }

    public string? Lyrics { get; init; }

    public string? Title { get; init; }

    public bool Instrumental { get; init; }

    public string? NegativeTags { get; init; }

    public string? VocalGender { get; init; }

    public decimal? StyleWeight { get; init; }

    public decimal? Weirdness { get; init; }

    public decimal? AudioWeight { get; init; }

    public bool EnhancePrompt { get; init; }

    /// <summary>Null for a new song; otherwise what to do with an existing track (or, for AI lyrics, with a prompt).</summary>
    public TrackOperation? Operation { get; init; }

    public OperationKind? OperationKind => Operation?.Kind;
}
