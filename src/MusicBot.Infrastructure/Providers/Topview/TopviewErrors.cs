using System.Net;
using MusicBot.Core.Failures;
using MusicBot.Core.Providers;
using MusicBot.Infrastructure.Providers.Remote;

namespace MusicBot.Infrastructure.Providers.Topview;

/// <summary>
/// Topview's string codes (music-apis.md §4.1) as user-facing failures: the AI-music validation codes 4012–4022,
/// 4100 (the bot's account is out of credits), the common codes.
/// </summary>
public static class TopviewErrors
{
    private const string Provider = ProviderNames.Topview;

    public static SubmitOutcome ForSubmit(string code, string? message) => code switch
    {
        // An internal error after the request arrived: a task may exist all the same.
        "5000" or "5001" or "5004" or "5005" => SubmitOutcome.Unknown(Provider, $"internal-{code}"),
        _ => SubmitOutcome.Rejected(ForCode(code, message)),
    };

    public static ProviderFailure ForCode(string code, string? message) => code switch
    {
        "4100" => ProviderFailures.OutOfCredits(Provider, code),
        "4002" => ProviderFailures.Unauthorized(Provider, code),
        "4007" => ProviderFailures.Busy(Provider, code),
        "4012" => ProviderFailures.Invalid(Provider, code, RejectionCause.InvalidModel),
        "4013" or "4022" => ProviderFailures.Invalid(Provider, code, RejectionCause.StyleRequired),
        "4014" => ProviderFailures.Invalid(Provider, code, RejectionCause.LyricsOrStyleRequired),
        "4015" or "4016" => ProviderFailures.TooLong(Provider, code),
        "4017" or "4018" or "4019" or "4020" or "4021" => ProviderFailures.Invalid(Provider, code, RejectionCause.ReferenceAudioUnusable),
        "5003" => ProviderFailures.Maintenance(Provider, code),
        "5000" or "5001" or "5004" or "5005" => ProviderFailures.ServerError(Provider, code),
        "6001" => ProviderFailures.ContentRefused(Provider, code, message),
        _ => ProviderFailures.Invalid(Provider, code, message),
    };

    public static SubmitOutcome ForBareStatus(HttpStatusCode status) => status switch
    {
        HttpStatusCode.TooManyRequests => SubmitOutcome.Rejected(ProviderFailures.RateLimited(Provider, "429")),
        HttpStatusCode.ServiceUnavailable => SubmitOutcome.Rejected(ProviderFailures.Maintenance(Provider, "503")),
        HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => SubmitOutcome.Rejected(ProviderFailures.Unauthorized(Provider, ((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture))),
        >= HttpStatusCode.BadRequest and < HttpStatusCode.InternalServerError => SubmitOutcome.Rejected(ProviderFailures.Invalid(Provider, ((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture), null)),
        _ => SubmitOutcome.Unknown(Provider, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"http-{(int)status}")),
    };

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
            "5003" => RejectionKind.Unavailable,
            "5000" or "5001" or "5004" or "5005" => RejectionKind.ServerError,
            _ => RejectionKind.None,
        };
    }
}
