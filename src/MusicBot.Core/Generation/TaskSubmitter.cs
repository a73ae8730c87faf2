using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MusicBot.Core.Failures;
using MusicBot.Core.Providers;

namespace MusicBot.Core.Generation;

/// <summary>
/// Sends queued tasks to their provider, at most once each: the task is marked <see cref="TaskState.SubmitUnknown"/>
/// before the request leaves, so a lost answer (time-out, crash) is reconciled, never re-sent. Only a certain,
/// transient refusal puts a task back in the queue for a later try.
/// </summary>
public sealed partial class TaskSubmitter(
    IGenerationTaskRepository tasks,
    ProviderDirectory directory,
    ProviderRequestBudgets budgets,
    TaskStepWriter writer,
    IOptions<GenerationOptions> options,
    TimeProvider time,
    ILogger<TaskSubmitter> logger)
{
    /// <summary>Submits the provider's queued tasks that are due, oldest first, while it has room and request budget.</summary>
    public async Task DispatchAsync(string providerName, CancellationToken cancellationToken)
    {
        var room = options.Value.ConcurrencyOf(providerName) - await tasks.CountAtProviderAsync(providerName, cancellationToken);
        if (room <= 0)
        {
            return;
        }

        var provider = directory.Get(providerName);
        foreach (var task in await tasks.ListQueuedAsync(provider.Name, time.GetUtcNow(), room, cancellationToken))
        {
            if (!await SubmitAsync(provider, task, cancellationToken))
            {
                return;
            }
        }
    }

    /// <summary>
    /// A submit with no answer: with callbacks, a callback naming the task may still confirm it, so wait for the
    /// grace period; without them nothing ever can, so refund now. Either way the request is never sent again.
    /// </summary>
    public async Task ReconcileAsync(GenerationTask task, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(task);
        var provider = directory.Find(task.Provider);
        var now = time.GetUtcNow();
        var waited = now - (task.SubmittedAt ?? task.CreatedAt);
        var canConfirm = provider is { ReportsByCallback: true };
        if (canConfirm && waited < options.Value.UnconfirmedSubmitGrace)
        {
            return;
        }

        TaskFailure failure = canConfirm ? new TaskFailure.NeverConfirmed(task.Provider) : new TaskFailure.NoAnswer(task.Provider);
        LogUnconfirmedGivenUp(task.Id, task.Provider, waited);
        await writer.ApplyAsync(task, TaskProgression.Failed(task, TaskState.Failed, failure, now), cancellationToken);
    }

    /// <summary>Sends one queued task; false when the provider's request budget is spent for now.</summary>
    private async Task<bool> SubmitAsync(IMusicProvider provider, GenerationTask task, CancellationToken cancellationToken)
    {
        if (!budgets.TryAcquire(provider.Name, provider.RequestBudget))
        {
            return false;
        }

        var now = time.GetUtcNow();
        // Until an answer comes, the task is next looked at when it may be reconciled.
        var reconcileAt = now + (provider.ReportsByCallback ? options.Value.UnconfirmedSubmitGrace : TimeSpan.Zero);
        if (!await writer.ApplyAsync(task, TaskProgression.Sending(task, now, reconcileAt), cancellationToken))
        {
            return true;
        }

        var sending = task with { State = TaskState.SubmitUnknown, SubmittedAt = now, NextPollAt = reconcileAt, SubmitAttempts = task.SubmitAttempts + 1 };
        SubmitOutcome outcome;
        try
        {
            outcome = await provider.SubmitAsync(task.Request, TaskCorrelation.Of(task.Id), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Whether the request left this machine is unknown, so it must not be sent again.
            LogSubmitError(ex, task.Id, task.Provider);
            outcome = SubmitOutcome.Unknown(task.Provider, ex.GetType().Name);
        }

        if (NextAfterSubmit(sending, provider, outcome) is { } update)
        {
            await writer.ApplyAsync(sending, update, cancellationToken);
        }

        return true;
    }

    /// <summary>The step after the provider's answer; null when there was none (the sending marker already says so).</summary>
    private TaskUpdate? NextAfterSubmit(GenerationTask sending, IMusicProvider provider, SubmitOutcome outcome)
    {
        var now = time.GetUtcNow();
        if (outcome.ProviderTaskId is { } providerTaskId)
        {
            return TaskProgression.Submitted(sending, providerTaskId, now, now + provider.PollInterval);
        }

        if (outcome.IsOutcomeUnknown)
        {
            LogSubmitUnknown(sending.Id, sending.Provider);
            return null;
        }

        var failure = outcome.Failure ?? new ProviderFailure("no-task-id", new TaskFailure.NoTaskId(sending.Provider));
        var settings = options.Value;
        if (failure.IsTransient && sending.SubmitAttempts < settings.MaxSubmitAttempts)
        {
            var delay = settings.SubmitRetryDelay * Math.Pow(2, Math.Min(sending.SubmitAttempts - 1, 10));
            LogSubmitDeferred(sending.Id, sending.Provider, failure.Code, delay);
            return TaskProgression.Deferred(sending, now, now + delay);
        }

        return TaskProgression.Failed(sending, TaskState.Failed, failure.Reason, now);
    }

    [LoggerMessage(EventId = 2003, Level = LogLevel.Error, Message = "Task {TaskId}: submit to {Provider} failed")]
    private partial void LogSubmitError(Exception exception, long taskId, string provider);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Warning, Message = "Task {TaskId}: no answer to the submit to {Provider}; it will not be re-sent, only reconciled")]
    private partial void LogSubmitUnknown(long taskId, string provider);

    [LoggerMessage(EventId = 2006, Level = LogLevel.Information, Message = "Task {TaskId}: {Provider} refused the submit for now ({Code}); retrying in {Delay}")]
    private partial void LogSubmitDeferred(long taskId, string provider, string code, TimeSpan delay);

    [LoggerMessage(EventId = 2007, Level = LogLevel.Warning, Message = "Task {TaskId}: {Provider} never confirmed the submit after {Waited}; refunded")]
    private partial void LogUnconfirmedGivenUp(long taskId, string provider, TimeSpan waited);
}
