namespace MusicBot.Core.Providers;

/// <summary>A snapshot of a provider task, from a poll or a callback.</summary>
public sealed record ProviderProgress(ProviderStage Stage, IReadOnlyList<ProviderTrack> Tracks, ProviderFailure? Failure = null)
{
    public static ProviderProgress Pending { get; } = new(ProviderStage.Pending, []);

    public static ProviderProgress Failed(ProviderFailure failure) => new(ProviderStage.Failed, [], failure);
}
