using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MusicBot.Core.Operations;
using MusicBot.Core.Providers;
using MusicBot.Infrastructure.Providers.Callbacks;
using MusicBot.Infrastructure.Providers.Remote;

namespace MusicBot.Infrastructure.Providers.SunoApi;

/// <summary>
/// sunoapi.org as a music provider: generate (custom or non-custom mode) and every operation on a finished track,
/// then follow the task's record-info, or callbacks when the bot has a public address. The body's <c>code</c> decides
/// success, whatever the HTTP status.
/// </summary>
public sealed class SunoApiProvider(
    ISunoApi api,
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

    public IReadOnlySet<OperationKind> Operations { get; } = new HashSet<OperationKind>
    {
        OperationKind.Extend, OperationKind.AddVocals, OperationKind.AddInstrumental, OperationKind.Wav, OperationKind.Stems, OperationKind.Lyrics,
    };

    public async Task<SubmitOutcome> SubmitAsync(GenerationRequest request, string correlationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (SunoApiOperationMapping.Problem(request) is { } problem)
        {
            ProviderLog.NotSent(logger, Name, request.Operation!.Kind.ConfigName());
            return SubmitOutcome.Rejected(problem);
        }

        ProviderReply<SunoEnvelope<SunoTaskId>> reply;
        try
        {
            reply = await SendAsync(request, callbacks.For(Name, correlationId) ?? NoCallbackUrl, cancellationToken);
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
                : SubmitOutcome.Unknown(Name, "no-task-id");
        }

        var failure = SunoApiErrors.ForSubmit(envelope.Code, envelope.Msg, request.OperationKind);
        ProviderLog.Refusal(logger, Name, failure);
        return SubmitOutcome.Rejected(failure);
    }

    /// <summary>Each kind of task lives at its own record-info; music (songs, extensions, added parts) shares one.</summary>
    public async Task<ProviderProgress> GetProgressAsync(string providerTaskId, GenerationRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.OperationKind switch
        {
            OperationKind.Lyrics => Read(await api.GetLyricsRecordInfoAsync(providerTaskId, cancellationToken).ReadAsync(), providerTaskId, SunoApiOperationProgress.FromLyrics),
            OperationKind.Wav => Read(await api.GetWavRecordInfoAsync(providerTaskId, cancellationToken).ReadAsync(), providerTaskId, SunoApiOperationProgress.FromWav),
            OperationKind.Stems => Read(await api.GetStemsRecordInfoAsync(providerTaskId, cancellationToken).ReadAsync(), providerTaskId, SunoApiOperationProgress.FromStems),
            _ => Read(await api.GetRecordInfoAsync(providerTaskId, cancellationToken).ReadAsync(), providerTaskId, SunoApiMapping.ToProgress),
        };
    }

    private Task<ProviderReply<SunoEnvelope<SunoTaskId>>> SendAsync(GenerationRequest request, string callBackUrl, CancellationToken cancellationToken) =>
        (request.OperationKind switch
        {
            null => api.GenerateAsync(SunoApiMapping.ToGenerateBody(request, callBackUrl), cancellationToken),
            OperationKind.Extend => api.ExtendAsync(SunoApiOperationMapping.ToExtendBody(request, callBackUrl), cancellationToken),
            OperationKind.AddVocals => api.AddVocalsAsync(SunoApiOperationMapping.ToAddVocalsBody(request, callBackUrl), cancellationToken),
            OperationKind.AddInstrumental => api.AddInstrumentalAsync(SunoApiOperationMapping.ToAddInstrumentalBody(request, callBackUrl), cancellationToken),
            OperationKind.Wav => api.ConvertToWavAsync(SunoApiOperationMapping.ToWavBody(request, callBackUrl), cancellationToken),
            OperationKind.Stems => api.SeparateStemsAsync(SunoApiOperationMapping.ToStemsBody(request, callBackUrl), cancellationToken),
            OperationKind.Lyrics => api.GenerateLyricsAsync(SunoApiOperationMapping.ToLyricsBody(request, callBackUrl), cancellationToken),
            var other => throw new ArgumentOutOfRangeException(nameof(request), other, "Not a sunoapi operation."),
        }).ReadAsync();

    private ProviderProgress Read<T>(ProviderReply<SunoEnvelope<T>> reply, string providerTaskId, Func<T?, ProviderProgress> map)
    {
        if (reply.Body is not { } envelope)
        {
            throw new ProviderReplyException($"{Name} record-info answered HTTP {(int)reply.Status} without its envelope.");
        }

        if (envelope.Code == 200)
        {
            return map(envelope.Data);
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
