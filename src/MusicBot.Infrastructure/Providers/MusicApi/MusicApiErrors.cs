using System.Globalization;
using System.Net;
using MusicBot.Core.Providers;
using MusicBot.Infrastructure.Providers.Remote;
using Refit;

namespace MusicBot.Infrastructure.Providers.MusicApi;

/// <summary>MusicAPI's HTTP errors (music-apis.md §3.6) as user-facing failures. Its "out of credits" is 403.</summary>
public static class MusicApiErrors
{
    private const string Provider = ProviderNames.MusicApi;

    /// <summary>A refused create. 504 says the task failed and was refunded: certainly not generating.</summary>
    public static SubmitOutcome ForSubmit(HttpStatusCode status, string? message)
    {
        if (status is HttpStatusCode.InternalServerError or HttpStatusCode.BadGateway
            || (message is null && status is >= HttpStatusCode.InternalServerError and not HttpStatusCode.ServiceUnavailable))
        {
            // An internal error or a proxy's answer: the task may exist all the same. (504 with the documented
            // "Task failed due to timeout. Credits were previously refunded." is a certain failure.)
            return SubmitOutcome.Unknown(Provider, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"http-{(int)status}"));
        }

        return SubmitOutcome.Rejected(ForStatus(status, message));
    }

    public static ProviderFailure ForStatus(HttpStatusCode status, string? message)
    {
        var code = ((int)status).ToString(CultureInfo.InvariantCulture);
        return status switch
        {
            HttpStatusCode.Unauthorized => ProviderFailures.Unauthorized(Provider, code),
            HttpStatusCode.Forbidden when IsOutOfCredits(message) => ProviderFailures.OutOfCredits(Provider, code),
            HttpStatusCode.Forbidden => ProviderFailures.ContentRefused(Provider, code, message),
            HttpStatusCode.TooManyRequests => ProviderFailures.RateLimited(Provider, code),
            HttpStatusCode.ServiceUnavailable => ProviderFailures.Maintenance(Provider, code),
            HttpStatusCode.GatewayTimeout => ProviderFailures.GenerationFailed(Provider, code, message) with { IsTransient = true },
            >= HttpStatusCode.InternalServerError => ProviderFailures.ServerError(Provider, code),
            _ => ProviderFailures.Invalid(Provider, code, message),
        };
    }

    /// <summary>"The remaining credits are not enough…" and "You do not have an active subscription…" both mean the bot's account.</summary>
    public static bool IsOutOfCredits(string? message) =>
        message is not null
        && (message.Contains("credits are not enough", StringComparison.OrdinalIgnoreCase)
            || message.Contains("active subscription", StringComparison.OrdinalIgnoreCase));

    /// <summary>"task not found." on a task query: the provider has no such task.</summary>
    public static bool IsUnknownTask(HttpStatusCode status, string? message) =>
        status == HttpStatusCode.BadRequest && message is not null && message.Contains("task not found", StringComparison.OrdinalIgnoreCase);

    /// <summary>An error answer's text: under <c>message</c> (the vendor SDK reads that), sometimes <c>error</c>.</summary>
    public static string? MessageOf(ApiException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error.TryGetContentAs<MusicApiError>(out var body) ? body?.Text : null;
    }

    public static ValueTask<RejectionKind> ClassifyAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        return ValueTask.FromResult(response.StatusCode switch
        {
            HttpStatusCode.TooManyRequests => RejectionKind.RateLimited,
            HttpStatusCode.ServiceUnavailable => RejectionKind.Unavailable,
            _ => RejectionKind.None,
        });
    }
}
