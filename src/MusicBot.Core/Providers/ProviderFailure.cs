namespace MusicBot.Core.Providers;

/// <summary>
/// A provider-side failure translated for people: <paramref name="UserMessage"/> is safe to show in chat
/// (no keys, no raw bodies); <paramref name="Code"/> is the provider's own code for logs and metrics.
/// </summary>
public sealed record ProviderFailure(string Code, string UserMessage, bool IsTransient = false);
