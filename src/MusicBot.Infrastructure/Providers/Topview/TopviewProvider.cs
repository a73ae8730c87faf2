using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MusicBot.Core.Observability;
using MusicBot.Core.Providers;
using MusicBot.Infrastructure.Providers.Callbacks;
using MusicBot.Infrastructure.Providers.Remote;

namespace MusicBot.Infrastructure.Providers.Topview;

/// <summary>
/// Topview AI Music as a provider: submit, then the query (or the <c>noticeUrl</c> callback). The envelope's string
/// <c>code</c> decides, whatever the HTTP status. Topview charges the bot's account after the task completes and
/// reports it as <c>costCredit</c>, which is recorded; its tracks have no duration, so it is read from the audio.
/// </summary>
public sealed class TopviewProvider(
    ITopviewApi api,
    AudioProbe probe,
    CallbackUrls callbacks,
    MusicBotMetrics metrics,
    IOptions<TopviewOptions> options,
    ILogger<TopviewProvider> logger) : IMusicProvider
{
    public string Name => ProviderNames.Topview;

    public TimeSpan PollInterval => options.Value.PollInterval;

    public RequestBudget? RequestBudget => new(options.Value.RequestBudget, options.Value.RequestBudgetWindow);

    public bool ReportsByCallback => callbacks.IsEnabled;

    public async Task<SubmitOutcome> SubmitAsync(GenerationRequest request, string correlationId, CancellationToken cancellationToken)
    {
        var body = TopviewMapping.ToSubmitBody(request, callbacks.For(Name, correlationId));
        ProviderReply<TopviewEnvelope<TopviewSubmitResult>> reply;
        try
        {
            reply = await api.SubmitAsync(body, cancellationToken).ReadAsync();
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return SubmitErrors.FromException(ex, Name);
        }

        if (reply.Body is not { Code: { } code } envelope)
        {
            return TopviewErrors.ForBareStatus(reply.Status);
        }

        if (code == "200")
        {
            return envelope.Result?.TaskId is { Length: > 0 } taskId
                ? SubmitOutcome.Accepted(taskId)
                : SubmitOutcome.Unknown(Name, "no-task-id");
        }

        var outcome = TopviewErrors.ForSubmit(code, envelope.Message);
        if (outcome.Failure is { } failure && !outcome.IsOutcomeUnknown)
        {
            ProviderLog.Refusal(logger, Name, failure);
        }

        return outcome;
    }

    public async Task<ProviderProgress> GetProgressAsync(string providerTaskId, GenerationRequest request, CancellationToken cancellationToken)
    {
        var reply = await api.QueryAsync(providerTaskId, options.Value.NeedCloudFrontUrl ? "true" : "false", cancellationToken).ReadAsync();
        if (reply.Body is not { Code: { } code } envelope)
        {
            throw new ProviderReplyException($"{Name} query answered HTTP {(int)reply.Status} without its envelope.");
        }

        if (code != "200")
        {
            ProviderLog.PollRefused(logger, Name, providerTaskId, code);
            return code == "4004"
                ? ProviderProgress.Failed(ProviderFailures.UnknownTask(Name))
                : throw new ProviderReplyException($"{Name} query answered code {code}.");
        }

        return await CompleteAsync(envelope.Result, cancellationToken);
    }

    /// <summary>Progress from a query result (polled or called back), with the charge recorded and track lengths measured.</summary>
    public async Task<ProviderProgress> CompleteAsync(TopviewQueryResult? result, CancellationToken cancellationToken)
    {
        var progress = TopviewMapping.ToProgress(result);
        if (progress.Stage != ProviderStage.Complete)
        {
            return progress;
        }

        if (result?.CostCredit is { } cost && result.TaskId is { } taskId)
        {
            ProviderLog.CreditsSpent(logger, Name, taskId, cost);
            metrics.ProviderCreditsSpent(Name, cost);
        }

        // In parallel, and each bounded by the probe's own short time-out: a callback must be answered quickly.
        var tracks = await Task.WhenAll(progress.Tracks.Select(async track =>
            track with { DurationSeconds = track.DurationSeconds ?? await probe.DurationAsync(track.AudioUrl, cancellationToken) }));
        return progress with { Tracks = tracks };
    }
}
