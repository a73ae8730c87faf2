using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MusicBot.Core.Operations;
using MusicBot.Core.Providers;
using MusicBot.Infrastructure.Providers.Callbacks;
using MusicBot.Infrastructure.Providers.Remote;

namespace MusicBot.Infrastructure.Providers.MusicApi;

/// <summary>
/// MusicAPI.ai as a music provider: <c>create_music</c> and <c>extend_music</c>, then the task query, or its signed
/// webhook. Stems (<c>/sonic/stems/basic</c>) are not offered: neither its answer nor how its stems appear in the
/// task query is documented.
/// </summary>
public sealed class MusicApiProvider(
    IMusicApi api,
    CallbackUrls callbacks,
    IOptions<MusicApiOptions> options,
    ILogger<MusicApiProvider> logger) : IMusicProvider
{
    public string Name => ProviderNames.MusicApi;

    public TimeSpan PollInterval => options.Value.PollInterval;

    public RequestBudget? RequestBudget => new(options.Value.RequestBudget, options.Value.RequestBudgetWindow);

    public bool ReportsByCallback => callbacks.IsEnabled;

    public IReadOnlySet<OperationKind> Operations { get; } = new HashSet<OperationKind> { OperationKind.Extend };

    public async Task<SubmitOutcome> SubmitAsync(GenerationRequest request, string correlationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (MusicApiMapping.Problem(request) is { } problem)
        {
            ProviderLog.NotSent(logger, Name, request.Operation!.Kind.ConfigName());
            return SubmitOutcome.Rejected(problem);
        }

        var webhookUrl = callbacks.For(Name, correlationId);
        var body = request.OperationKind switch
        {
            null => MusicApiMapping.ToCreateBody(request, webhookUrl, options.Value.WebhookSecret),
            OperationKind.Extend => MusicApiMapping.ToExtendBody(request, webhookUrl, options.Value.WebhookSecret),
            var other => throw new ArgumentOutOfRangeException(nameof(request), other, "Not a MusicAPI operation."),
        };
        ProviderReply<MusicApiCreateAccepted> reply;
        try
        {
            reply = await api.CreateAsync(body, cancellationToken).ReadAsync(MusicApiErrors.MessageOf);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return SubmitErrors.FromException(ex, Name);
        }

        if ((int)reply.Status is >= 200 and < 300)
        {
            return reply.Body?.TaskId is { Length: > 0 } taskId
                ? SubmitOutcome.Accepted(taskId)
                : SubmitOutcome.Unknown(Name, "no-task-id");
        }

        var outcome = MusicApiErrors.ForSubmit(reply.Status, reply.Error);
        if (outcome.Failure is { } failure && !outcome.IsOutcomeUnknown)
        {
            ProviderLog.Refusal(logger, Name, failure);
        }

        return outcome;
    }

    public async Task<ProviderProgress> GetProgressAsync(string providerTaskId, GenerationRequest request, CancellationToken cancellationToken)
    {
        var reply = await api.GetTaskAsync(providerTaskId, cancellationToken).ReadAsync(MusicApiErrors.MessageOf);
        if ((int)reply.Status is >= 200 and < 300 && reply.Body is { } task)
        {
            return MusicApiMapping.ToProgress(task);
        }

        ProviderLog.PollRefused(logger, Name, providerTaskId, ((int)reply.Status).ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (MusicApiErrors.IsUnknownTask(reply.Status, reply.Error))
        {
            return ProviderProgress.Failed(ProviderFailures.UnknownTask(Name));
        }

        throw new ProviderReplyException($"{Name} task query answered HTTP {(int)reply.Status}.");
    }
}
