using MusicBot.Core.Failures;

namespace MusicBot.Core.Providers;

/// <summary>
/// A provider-side failure: <paramref name="Reason"/> is what the user is told (a code with data, worded by each
/// platform); <paramref name="Code"/> is the provider's own code, for logs and metrics only.
/// </summary>
public sealed record ProviderFailure(string Code, TaskFailure Reason, bool IsTransient = false);
