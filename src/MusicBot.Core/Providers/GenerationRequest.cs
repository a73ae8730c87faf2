using System.Diagnostics.CodeAnalysis;
using MusicBot.Core.Operations;
using MusicBot.Core.Songs;

namespace MusicBot.Core.Providers;

/// <summary>
/// A validated draft frozen at submit time: the song's fields (trimmed), with provider and model resolved to the
/// provider's own spelling. It is stored with the task so that a restart resubmits or polls exactly what the user
/// asked for.
/// </summary>
public sealed record GenerationRequest : SongFields
{
    public GenerationRequest()
    {
    }

    /// <summary>A request for <paramref name="song"/>'s fields, trimmed, made with <paramref name="provider"/>'s <paramref name="model"/>.</summary>
    [SetsRequiredMembers]
    public GenerationRequest(string provider, string model, SongFields song)
        : base(song?.Cleaned() ?? throw new ArgumentNullException(nameof(song)))
    {
        Provider = provider;
        Model = model;
    }

    public required string Provider { get; init; }

    public required string Model { get; init; }

    /// <summary>Null for a new song; otherwise what to do with an existing track (or, for AI lyrics, with a prompt).</summary>
    public TrackOperation? Operation { get; init; }

    public OperationKind? OperationKind => Operation?.Kind;
}
