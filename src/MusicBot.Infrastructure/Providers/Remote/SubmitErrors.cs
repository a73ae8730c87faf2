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

        return IsConnectFailure(exception)
            ? SubmitOutcome.Rejected(ProviderFailures.Unreachable(provider))
            : SubmitOutcome.Unknown(provider, exception.GetType().Name);
    }

    /// <summary>No connection was made (nothing listening, no such host): the request certainly never reached the provider.</summary>
    private static bool IsConnectFailure(Exception exception) =>
        exception is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError };
}
