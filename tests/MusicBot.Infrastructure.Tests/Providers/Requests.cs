using MusicBot.Core.Operations;
using MusicBot.Core.Providers;

namespace MusicBot.Infrastructure.Tests.Providers;

/// <summary>Generation requests as <c>GenerationService</c> freezes them from drafts, and operations as <c>TrackOperationService</c> builds them.</summary>
internal static class Requests
{
    public static GenerationRequest Song(string provider, string model) => new()
    {
        Provider = provider,
        Model = model,
        Style = "dream pop, shimmering guitars",
        Lyrics = "[Verse]\nStreetlights hum a quiet tune\n[Chorus]\nStay a while",
        Title = "Quiet Tune",
        NegativeTags = "heavy metal",
        VocalGender = "f",
        StyleWeight = 0.65m,
        Weirdness = 0.2m,
        AudioWeight = 0.5m,
    };

    public static GenerationRequest Description(string provider, string model) => new()
    {
        Provider = provider,
        Model = model,
        Style = "an upbeat summer song about road trips",
    };

    public static GenerationRequest Instrumental(string provider, string model) => new()
    {
        Provider = provider,
        Model = model,
        Style = "ambient piano, rain",
        Title = "Rain Study",
        Lyrics = "[Verse]\nThese words must not be sent",
        Instrumental = true,
    };

    /// <summary>An operation on <paramref name="track"/> of the finished provider task <paramref name="providerTaskId"/> made from <paramref name="source"/>.</summary>
    public static GenerationRequest On(GenerationRequest source, string providerTaskId, ProviderTrack track, OperationKind kind, double? continueAt = null) => source with
    {
        Title = track.Title ?? source.Title,
        Operation = new TrackOperation
        {
            Kind = kind,
            SourceTaskId = 1,
            SourceTrackIndex = track.Index,
            SourceProviderTaskId = providerTaskId,
            SourceTrackId = track.ProviderTrackId,
            SourceAudioUrl = track.AudioUrl,
            SourceDurationSeconds = track.DurationSeconds,
            ContinueAtSeconds = continueAt,
        },
    };

    public static GenerationRequest Lyrics(string provider, string model, string topic) => new()
    {
        Provider = provider,
        Model = model,
        Operation = new TrackOperation { Kind = OperationKind.Lyrics, Prompt = topic },
    };
}
