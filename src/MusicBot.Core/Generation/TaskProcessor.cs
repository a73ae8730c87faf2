using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MusicBot.Core.Drafts;
using MusicBot.Core.Failures;
using MusicBot.Core.Operations;
using MusicBot.Core.Providers;
using MusicBot.Core.UserText;

namespace MusicBot.Core.Generation;

/// <summary>
/// One pass: send queued tasks while their provider has room, then take a bounded batch of the tasks at a provider
/// whose poll is due (most overdue first): time out the stale ones, reconcile submits whose answer was lost, and poll
/// the rest within each provider's request budget. A pass never loads every unfinished task, so its cost follows the
/// batch, not the backlog. Every task is handled on its own, so one failure never stops the others.
/// </summary>
public sealed partial class TaskProcessor(
    IGenerationTaskRepository tasks,
    IDraftRepository drafts,
    ProviderDirectory directory,
    ProviderRequestBudgets budgets,
    TaskSubmitter submitter,
    TaskStepWriter writer,
    IOptions<GenerationOptions> options,
    TimeProvider time,
    ILogger<TaskProcessor> logger)
{
    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        await TimeOutOverAgeQueuedAsync(cancellationToken);
        foreach (var provider in directory.Available)
        {
            await submitter.DispatchAsync(provider, cancellationToken);
        }

        var due = await tasks.ListDueAsync(time.GetUtcNow(), options.Value.PassBatchSize, cancellationToken);
        foreach (var task in due)
        {
            if (await TimeOutIfStaleAsync(task, cancellationToken))
            {
                continue;
            }

            if (task.State == TaskState.SubmitUnknown)
            {
                await submitter.ReconcileAsync(task, cancellationToken);
            }
            else if (task.ProviderTaskId is not null)
            {
                await PollAsync(task, cancellationToken);
            }
        }
    }

    /// <summary>
    /// Fails the queued tasks of providers this process does not have (removed from the configuration since they were
    /// queued), refunding them. The providers cannot change while the process runs, so the worker calls this once at start.
    /// </summary>
    public async Task FailQueuedForRemovedProvidersAsync(CancellationToken cancellationToken)
    {
        // A task whose step loses a race stays listed; remembering what was tried keeps the loop from spinning on it.
        var tried = new HashSet<long>();
        while (await tasks.ListQueuedForOtherProvidersAsync(directory.Available, options.Value.PassBatchSize, cancellationToken) is { Count: > 0 } orphans
            && orphans.Any(t => !tried.Contains(t.Id)))
        {
            foreach (var task in orphans.Where(t => tried.Add(t.Id)))
            {
                var failure = new TaskFailure.ProviderRemoved(task.Provider);
                await writer.ApplyAsync(task, TaskProgression.Failed(task, TaskState.Failed, failure, time.GetUtcNow()), cancellationToken);
            }
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

        if (update.NewState == TaskState.Succeeded && task.Request.OperationKind == OperationKind.Lyrics)
        {
            await SaveLyricsToDraftAsync(task, progress, cancellationToken);
        }

        return await writer.ApplyAsync(task, update, cancellationToken);
    }

    /// <summary>Confirms an unconfirmed submit with the provider's task id a callback revealed; returns the task as it is now.</summary>
    public async Task<GenerationTask> AdoptAsync(GenerationTask task, string providerTaskId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(task);
        var now = time.GetUtcNow();
        if (await writer.ApplyAsync(task, TaskProgression.Submitted(task, providerTaskId, now, now + PollIntervalOf(task.Provider)), cancellationToken))
        {
            LogAdopted(task.Id, task.Provider);
        }

        return await tasks.GetAsync(task.Id, cancellationToken) ?? task;
    }

    /// <summary>
    /// Written before the step that announces it, so a crash in between leaves the lyrics in the draft and the task to be
    /// finished again (writing the same lyrics twice is harmless). The draft keeps its own title when it has one.
    /// </summary>
    private async Task SaveLyricsToDraftAsync(GenerationTask task, ProviderProgress progress, CancellationToken cancellationToken)
    {
        if (TaskProgression.ChosenLyrics(progress.Tracks) is not { } chosen)
        {
            return;
        }

        var draft = await drafts.GetAsync(task.User, cancellationToken);
        var title = draft.HasTitle ? draft.Title : TextValues.Clean(chosen.Title);
        await drafts.SaveAsync(task.User, draft with { Lyrics = chosen.Lyrics!.Trim(), Title = title, Instrumental = false }, cancellationToken);
    }

    /// <summary>
    /// Queued tasks are not among the due ones (those are at a provider), so their time-out has its own bounded look-up:
    /// a task that waited in the queue past <see cref="GenerationOptions.QueueTimeout"/> fails and is refunded.
    /// </summary>
    private async Task TimeOutOverAgeQueuedAsync(CancellationToken cancellationToken)
    {
        var timeout = options.Value.QueueTimeout;
        var now = time.GetUtcNow();
        foreach (var task in await tasks.ListQueuedCreatedBeforeAsync(now - timeout, options.Value.PassBatchSize, cancellationToken))
        {
            LogQueueTimedOut(task.Id, task.Provider, timeout);
            var failure = new TaskFailure.TimedOut(task.Provider, timeout.TotalMinutes);
            await writer.ApplyAsync(task, TaskProgression.Failed(task, TaskState.TimedOut, failure, now), cancellationToken);
        }
    }

    private async Task<bool> TimeOutIfStaleAsync(GenerationTask task, CancellationToken cancellationToken)
    {
        var timeout = options.Value.TaskTimeout;
        if (!task.State.IsAtProvider() || task.SubmittedAt is not { } submitted || time.GetUtcNow() - submitted < timeout)
        {
            return false;
        }

        LogTimedOut(task.Id, task.Provider, timeout);
        var failure = new TaskFailure.TimedOut(task.Provider, timeout.TotalMinutes);
        await writer.ApplyAsync(task, TaskProgression.Failed(task, TaskState.TimedOut, failure, time.GetUtcNow()), cancellationToken);
        return true;
    }

    private async Task PollAsync(GenerationTask task, CancellationToken cancellationToken)
    {
        var provider = directory.Find(task.Provider);
        if (provider is null || task.ProviderTaskId is null || !budgets.TryAcquire(provider.Name, provider.RequestBudget))
        {
            // Out of budget: the task stays due and, being the most overdue, goes first on a later pass.
            return;
        }

        var delay = PollSchedule.NextDelay(provider.PollInterval, options.Value.MaxPollInterval, time.GetUtcNow() - PollSchedule.LastProgressAt(task));
        try
        {
            var progress = await provider.GetProgressAsync(task.ProviderTaskId, task.Request, cancellationToken);
            if (!await ApplyProgressAsync(task, progress, cancellationToken))
            {
                await RescheduleAsync(task, delay, cancellationToken);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogPollError(ex, task.Id, task.Provider);
            var backoff = delay * 4;
            await RescheduleAsync(task, backoff < options.Value.MaxPollInterval ? backoff : options.Value.MaxPollInterval, cancellationToken);
        }
    }

    private Task<bool> RescheduleAsync(GenerationTask task, TimeSpan delay, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return tasks.ApplyAsync(
            new TaskUpdate { TaskId = task.Id, ExpectedState = task.State, NewState = task.State, Now = now, NextPollAt = now + delay },
            cancellationToken);
    }

    private TimeSpan PollIntervalOf(string provider) => directory.Find(provider)?.PollInterval ?? TimeSpan.FromSeconds(30);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Warning, Message = "Task {TaskId} at {Provider} timed out after {Timeout}")]
    private partial void LogTimedOut(long taskId, string provider, TimeSpan timeout);

    [LoggerMessage(EventId = 2009, Level = LogLevel.Warning, Message = "Task {TaskId} for {Provider} timed out in the queue after {Timeout}")]
    private partial void LogQueueTimedOut(long taskId, string provider, TimeSpan timeout);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Warning, Message = "Task {TaskId}: poll of {Provider} failed; will retry")]
    private partial void LogPollError(Exception exception, long taskId, string provider);

    [LoggerMessage(EventId = 2008, Level = LogLevel.Information, Message = "Task {TaskId}: a {Provider} callback confirmed the unanswered submit")]
    private partial void LogAdopted(long taskId, string provider);
}
