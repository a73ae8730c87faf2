using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MusicBot.Core.Providers;
using MusicBot.Infrastructure.Providers.Callbacks;
using MusicBot.Infrastructure.Providers.Remote;

namespace MusicBot.Infrastructure.Providers.SunoApi;

/// <summary>
/// sunoapi.org as a music provider: generate (custom or non-custom mode), then follow record-info, or callbacks
/// when the bot has a public address. The body's <c>code</c> decides success, whatever the HTTP status.
/// </summary>
public sealed class SunoApiProvider(
    SunoApiClient client,
    CallbackUrls callbacks,
    IOptions<SunoApiOptions> options,
    ILogger<SunoApiProvider> logger) : IMusicProvider
{
    /// <summary>
    /// <c>callBackUrl</c> is required even when the bot polls. The reserved <c>.invalid</c> domain (RFC 2606)
    /// never resolves, so nothing is ever delivered anywhere; the task may then report <c>CALLBACK_EXCEPTION</c>,
    /// which <see cref="SunoApiMapping"/> reads as success when the audio is there.
    /// </summary>
    public const string NoCallbackUrl = "https://callback.invalid/musicbot";

    public string Name => ProviderNames.SunoApi;

    public TimeSpan PollInterval => options.Value.PollInterval;

    public RequestBudget? RequestBudget => new(options.Value.RequestBudget, options.Value.RequestBudgetWindow);

    public bool ReportsByCallback => callbacks.IsEnabled;

    public async Task<SubmitOutcome> SubmitAsync(GenerationRequest request, string correlationId, CancellationToken cancellationToken)
    {
        var body = SunoApiMapping.ToGenerateBody(request, callbacks.For(Name, correlationId) ?? NoCallbackUrl);
        ProviderReply<SunoEnvelope<SunoTaskId>> reply;
        try
        {
            reply = await client.GenerateAsync(body, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return SubmitErrors.FromException(ex, Name);
        }

        if (reply.Body is not { } envelope)
        {
            return SunoApiErrors.ForBareStatus(reply.Status);
        }

        if (envelope.Code == 200)
        {
            // Success without a task id cannot be followed, but a task may exist: never re-send it.
            return envelope.Data?.TaskId is { Length: > 0 } taskId
                ? SubmitOutcome.Accepted(taskId)
                : SubmitOutcome.Unknown($"{Name} accepted the request without naming its task.");
        }

        var failure = SunoApiErrors.ForCode(envelope.Code, envelope.Msg);
        ProviderLog.Refusal(logger, Name, failure);
        return SubmitOutcome.Rejected(failure);
    }

    public async Task<ProviderProgress> GetProgressAsync(string providerTaskId, GenerationRequest request, CancellationToken cancellationToken)
    {
        var reply = await client.GetRecordInfoAsync(providerTaskId, cancellationToken);
        if (reply.Body is not { } envelope)
        {
            throw new ProviderReplyException($"{Name} record-info answered HTTP {(int)reply.Status} without its envelope.");
        }

        if (envelope.Code == 200)
        {
            return SunoApiMapping.ToProgress(envelope.Data);
        }

        var code = envelope.Code.ToString(CultureInfo.InvariantCulture);
        ProviderLog.PollRefused(logger, Name, providerTaskId, code);

        // The docs leave an unknown task's answer open; the sibling API says 422 "recordInfo is null".
        if (envelope.Code == 422 && envelope.Data is null)
        {
            return ProviderProgress.Failed(ProviderFailures.UnknownTask(Name));
        }

        throw new ProviderReplyException($"{Name} record-info answered code {code}.");
    }
}
