using MusicBot.Core.Providers;

namespace MusicBot.Core.Callbacks;

/// <summary>
/// A provider's report that arrived at the bot's callback endpoint, already verified and parsed by the adapter.
/// <paramref name="Stage"/> is the provider's name for the step (e.g. <c>text</c>, <c>first</c>, <c>complete</c>):
/// one (task, stage) is applied once however often it is delivered.
/// </summary>
public sealed record ProviderCallback(
    string Provider,
    string? ProviderTaskId,
    string? CorrelationId,
    string Stage,
    ProviderProgress Progress);
