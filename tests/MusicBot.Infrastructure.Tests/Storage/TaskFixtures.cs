using MusicBot.Core.Conversations;
using MusicBot.Core.Generation;
using MusicBot.Core.Providers;

namespace MusicBot.Infrastructure.Tests.Storage;

/// <summary>Small builders for task-repository tests.</summary>
internal static class TaskFixtures
{
    public static readonly ConversationScope Scope = new(Platforms.Console, "local");

    public static UserRef User(string id = "alice") => new(Scope, id);

    public static GenerationRequest Request(string provider = ProviderNames.Local) => new() { Provider = provider, Model = "synth", Style = "lo-fi piano" };

    public static NewGenerationTask NewTask(string requestKey, UserRef? user = null, int price = 1, int maxInFlight = 100, DateTimeOffset? now = null) => new(
        requestKey,
        user ?? User(),
        new DeliveryTarget(Platforms.Console, "terminal"),
        Request(),
        price,
        maxInFlight,
        now ?? new DateTimeOffset(2026, 11, 21, 12, 0, 0, TimeSpan.Zero));

    public static ProviderTrack Track(int index, string? audio = null) => new()
    {
        Index = index,
        Title = $"Take {index}",
        AudioUrl = audio ?? $"https://cdn.example/{index}.mp3",
        DurationSeconds = 12.5,
    };
}
