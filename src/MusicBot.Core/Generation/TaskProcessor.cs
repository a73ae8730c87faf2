using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MusicBot.Core.Observability;
using MusicBot.Core.Providers;
using MusicBot.Core.Work;

namespace MusicBot.Core.Generation;

/// <summary>
/// One pass over the unfinished tasks: time out the stale ones, submit queued ones while their provider has room,
/// and poll the due ones. Every task is handled on its own, so one failure never stops the others.
/// </summary>
public sealed partial class TaskProcessor(
    IGenerationTaskRepository tasks,
    ProviderDirectory directory,
    DeliverySignal deliverySignal,
    MusicBotMetrics metrics,
    IOptions<GenerationOptions> options,
    TimeProvider time,
    ILogger<TaskProcessor> logger)
{
    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        var unfinished = await tasks.ListUnfinishedAsync(cancellationToken);
        var remaining = new List<GenerationTask>(unfinished.Count);
        foreach (var task in unfinished)
        {
            if (!await TimeOutIfStaleAsync(task, cancellationToken))
            {
                remaining.Add(task);
            }
        }

        foreach (var group in remaining.GroupBy(t => t.Provider, StringComparer.OrdinalIgnoreCase))
        {
            await DispatchAsync(group.Key, [.. group], cancellationToken);
        }

        foreach (var task in remaining.Where(t => t.State.IsAtProvider() && (t.NextPollAt is null || t.NextPollAt <= time.GetUtcNow())))
        {
            await PollAsync(task, cancellationToken);
        }
    }

    /// <summary>Applies a provider report (from a poll or a callback); false when it changed nothing.</summary>
    public async Task<bool> ApplyProgressAsync(GenerationTask task, ProviderProgress progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(task);
        var now = time.GetUtcNow();
        var update = TaskProgression.Advance(task, progress, now, now + PollIntervalOf(task.Provider));
        if (update is null)
        {
            return false;
        }

        return await ApplyAsync(task, update, cancellationToken);
    }

    private async Task<bool> TimeOutIfStaleAsync(GenerationTask task, CancellationToken cancellationToken)
    {
        var timeout = options.Value.TaskTimeout;
        if (!task.State.IsAtProvider() || task.SubmittedAt is not { } submitted || time.GetUtcNow() - submitted < timeout)
        {
            return false;
        }

        LogTimedOut(task.Id, task.Provider, timeout);
        var message = $"No result from {task.Provider} after {timeout.TotalMinutes:0.#} minutes, so the bot gave up on this song.";
        await ApplyAsync(task, TaskProgression.Failed(task, TaskState.TimedOut, message, time.GetUtcNow()), cancellationToken);
        return true;
    }

    private async Task DispatchAsync(string providerName, IReadOnlyList<GenerationTask> providerTasks, CancellationToken cancellationToken)
    {
        var room = options.Value.ConcurrencyOf(providerName) - providerTasks.Count(t => t.State.IsAtProvider());
        foreach (var task in providerTasks.Where(t => t.State == TaskState.Queued).OrderBy(t => t.Id).Take(Math.Max(0, room)))
        {
            await SubmitAsync(task, cancellationToken);
        }
    }

    private async Task SubmitAsync(GenerationTask task, CancellationToken cancellationToken)
    {
        var provider = directory.Find(task.Provider);
        if (provider is null)
        {
            var message = $"The provider '{task.Provider}' is no longer configured on this bot.";
            await ApplyAsync(task, TaskProgression.Failed(task, TaskState.Failed, message, time.GetUtcNow()), cancellationToken);
            return;
        }

        SubmitOutcome outcome;
        try
        {
            outcome = await provider.SubmitAsync(task.Request, $"task-{task.Id}", cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogSubmitError(ex, task.Id, task.Provider);
            outcome = SubmitOutcome.Rejected(new ProviderFailure("exception", $"Could not reach {task.Provider}.", IsTransient: true));
        }

        var now = time.GetUtcNow();
        var update = outcome.IsAccepted
            ? TaskProgression.Submitted(task, outcome.ProviderTaskId!, now, now + provider.PollInterval)
            : TaskProgression.Failed(task, TaskState.Failed, outcome.Failure!.UserMessage, now);
        await ApplyAsync(task, update, cancellationToken);
    }

    private async Task PollAsync(GenerationTask task, CancellationToken cancellationToken)
    {
        var provider = directory.Find(task.Provider);
        if (provider is null || task.ProviderTaskId is null)
        {
            return;
        }

        try
        {
            var progress = await provider.GetProgressAsync(task.ProviderTaskId, cancellationToken);
            if (!await ApplyProgressAsync(task, progress, cancellationToken))
            {
                await RescheduleAsync(task, provider.PollInterval, cancellationToken);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogPollError(ex, task.Id, task.Provider);
            await RescheduleAsync(task, provider.PollInterval * 4, cancellationToken);
        }
    }

    private Task<bool> RescheduleAsync(GenerationTask task, TimeSpan delay, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return tasks.ApplyAsync(
            new TaskUpdate { TaskId = task.Id, ExpectedState = task.State, NewState = task.State, Now = now, NextPollAt = now + delay },
            cancellationToken);
    }

    private async Task<bool> ApplyAsync(GenerationTask task, TaskUpdate update, CancellationToken cancellationToken)
    {
        var applied = await tasks.ApplyAsync(update, cancellationToken);
        if (!applied)
        {
            return false;
        }

        if (update.Notices.Count > 0)
        {
            deliverySignal.Wake();
        }

        if (update.NewState != update.ExpectedState)
        {
            LogTransition(update.TaskId, update.ExpectedState, update.NewState);
        }

        if (update.NewState.IsFinished())
        {
            Record(task, update);
        }

        return true;
    }

    private void Record(GenerationTask task, TaskUpdate update)
    {
        var outcome = TaskStateExtensions.MetricName(update.NewState);
        metrics.GenerationFinished(task.Provider, outcome, task.SubmittedAt is { } submitted ? update.Now - submitted : null);
        if (update.Settlement == CreditSettlement.Capture)
        {
            metrics.CreditsCharged(task.Provider, task.Price);
        }
        else if (update.Settlement == CreditSettlement.Refund)
        {
            metrics.CreditsRefunded(task.Provider, task.Price);
        }
    }

    private TimeSpan PollIntervalOf(string provider) => directory.Find(provider)?.PollInterval ?? TimeSpan.FromSeconds(30);

    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "Task {TaskId}: {From} -> {To}")]
    private partial void LogTransition(long taskId, TaskState from, TaskState to);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Warning, Message = "Task {TaskId} at {Provider} timed out after {Timeout}")]
    private partial void LogTimedOut(long taskId, string provider, TimeSpan timeout);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Error, Message = "Task {TaskId}: submit to {Provider} failed")]
    private partial void LogSubmitError(Exception exception, long taskId, string provider);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Warning, Message = "Task {TaskId}: poll of {Provider} failed; will retry")]
    private partial void LogPollError(Exception exception, long taskId, string provider);
}
