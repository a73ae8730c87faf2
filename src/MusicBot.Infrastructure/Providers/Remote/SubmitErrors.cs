using Polly.CircuitBreaker;
using MusicBot.Core.Providers;

namespace MusicBot.Infrastructure.Providers.Remote;

/// <summary>What an exception from a submit means: certainly not sent (retry later), or unknown (never re-send).</summary>
public static class SubmitErrors
{
    public static SubmitOutcome FromException(Exception exception, string provider)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (exception is BrokenCircuitException)
        {
            return SubmitOutcome.Rejected(ProviderFailures.CircuitOpen(provider));
        }

        return ProviderResilience.NeverSent(exception)
            ? SubmitOutcome.Rejected(ProviderFailures.Unreachable(provider))
            : SubmitOutcome.Unknown(provider, exception.GetType().Name);
    }
}
