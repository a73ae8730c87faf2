namespace MusicBot.Infrastructure.Providers.Remote;

/// <summary>How a provider's answer refused a call, as far as retrying is concerned.</summary>
public enum RejectionKind
{
    /// <summary>Not a refusal worth retrying (success, or a final error).</summary>
    None,

    /// <summary>Too many calls (HTTP 429, sunoapi 405 and 430): certainly not processed; retry after a pause.</summary>
    RateLimited,

    /// <summary>The service is down or in maintenance (HTTP 503, sunoapi 455): certainly not processed.</summary>
    Unavailable,

    /// <summary>An error reported in the body (sunoapi code 500 with HTTP 200): a read is retried, a submit is not.</summary>
    ServerError,
}
