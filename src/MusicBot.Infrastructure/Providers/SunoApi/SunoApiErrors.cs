using System.Globalization;
using System.Net;
using MusicBot.Core.Failures;
using MusicBot.Core.Operations;
using MusicBot.Core.Providers;
using MusicBot.Infrastructure.Providers.Remote;

namespace MusicBot.Infrastructure.Providers.SunoApi;

/// <summary>
/// sunoapi codes (music-apis.md §2.2, §2.5.1) and task statuses (§2.4.7) as user-facing failures. Note 429 here
/// means the bot's account has no credits left; rate limits are 405 and 430.
/// </summary>
public static class SunoApiErrors
{
    private const string Provider = ProviderNames.SunoApi;

    /// <summary>An envelope <c>code</c> other than 200 on a request.</summary>
    public static ProviderFailure ForCode(int code, string? message)
    {
        var text = code.ToString(CultureInfo.InvariantCulture);
        return code switch
        {
            400 or 409 or 422 => ProviderFailures.Invalid(Provider, text, message),
            401 => ProviderFailures.Unauthorized(Provider, text),
            402 or 429 => ProviderFailures.OutOfCredits(Provider, text),
            404 => ProviderFailures.Invalid(Provider, text, RejectionCause.UnknownEndpoint),
            405 or 430 => ProviderFailures.RateLimited(Provider, text),
            413 => ProviderFailures.TooLong(Provider, text),
            455 => ProviderFailures.Maintenance(Provider, text),
            500 => ProviderFailures.ServerError(Provider, text),
            _ => ProviderFailures.Invalid(Provider, text, message),
        };
    }

    /// <summary>
    /// A refused submit. WAV's 409 means this track already has its one WAV record (§2.4.12): asking again never helps.
    /// </summary>
    public static ProviderFailure ForSubmit(int code, string? message, OperationKind? kind) => (code, kind) switch
    {
        (409, OperationKind.Wav) => ProviderFailures.WavExists(Provider, "409"),
        _ => ForCode(code, message),
    };

    /// <summary>An answer with no envelope at all (a proxy's page): only the HTTP status speaks.</summary>
    public static SubmitOutcome ForBareStatus(HttpStatusCode status)
    {
        var text = ((int)status).ToString(CultureInfo.InvariantCulture);
        return status switch
        {
            HttpStatusCode.TooManyRequests => SubmitOutcome.Rejected(ProviderFailures.RateLimited(Provider, text)),
            HttpStatusCode.ServiceUnavailable => SubmitOutcome.Rejected(ProviderFailures.Maintenance(Provider, text)),
            HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => SubmitOutcome.Rejected(ProviderFailures.Unauthorized(Provider, text)),
            >= HttpStatusCode.BadRequest and < HttpStatusCode.InternalServerError => SubmitOutcome.Rejected(ProviderFailures.Invalid(Provider, text, null)),
            // 2xx without a body, 500, 502, 504: the request may have been taken.
            _ => SubmitOutcome.Unknown(Provider, $"http-{text}"),
        };
    }

    /// <summary>A failed task status from record-info.</summary>
    public static ProviderFailure ForStatus(string status, string? errorCode, string? errorMessage) => status switch
    {
        "SENSITIVE_WORD_ERROR" => ProviderFailures.ContentRefused(Provider, status, errorMessage),
        "CREATE_TASK_FAILED" => ProviderFailures.GenerationFailed(Provider, errorCode ?? status, errorMessage),
        _ => ProviderFailures.GenerationFailed(Provider, errorCode ?? status, errorMessage),
    };

    /// <summary>
    /// A failed lyrics, WAV or stems task from its record-info. The code is <c>errorCode</c> when set, as the failed
    /// callback's <c>code</c> is, so a poll and a callback report the same failure.
    /// </summary>
    public static ProviderFailure ForOperationStatus(OperationKind kind, string status, string? errorCode, string? errorMessage) => status switch
    {
        "SENSITIVE_WORD_ERROR" when errorMessage is null => ProviderFailures.ContentRefused(Provider, errorCode ?? status, null),
        _ => ProviderFailures.OperationFailed(Provider, kind, errorCode ?? status, errorMessage),
    };

    /// <summary>A failed lyrics, WAV or stems callback: 451 means sunoapi could not download the source audio (§2.5.3).</summary>
    public static ProviderFailure ForOperationCallback(OperationKind kind, string? code, string? message) => code switch
    {
        "451" => ProviderFailures.SourceUnreachable(Provider, kind, code),
        _ => ProviderFailures.OperationFailed(Provider, kind, code ?? "error", message),
    };

    /// <summary>An <c>error</c> callback (or any callback whose code is not 200).</summary>
    public static ProviderFailure ForCallbackCode(string? code, string? message) => code switch
    {
        "400" or "413" => ProviderFailures.ContentRefused(Provider, code, message),
        "451" => ProviderFailures.SourceUnreachable(Provider, null, code),
        _ => ProviderFailures.GenerationFailed(Provider, code ?? "error", message),
    };

    /// <summary>For the resilience pipeline: which answers are certain, retryable refusals.</summary>
    public static async ValueTask<RejectionKind> ClassifyAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            return RejectionKind.RateLimited;
        }

        if (response.StatusCode == HttpStatusCode.ServiceUnavailable)
        {
            return RejectionKind.Unavailable;
        }

        return await ProviderHttp.PeekCodeAsync(response, cancellationToken) switch
        {
            "405" or "430" => RejectionKind.RateLimited,
            "455" => RejectionKind.Unavailable,
            "500" => RejectionKind.ServerError,
            _ => RejectionKind.None,
        };
    }
}
