using Microsoft.Extensions.Logging;
using MusicBot.Core.Generation;

namespace MusicBot.Core.Callbacks;

/// <summary>
/// Applies a provider callback to its task through the same state machine as polls. Callbacks may come twice,
/// out of order, late or never: duplicates are dropped by the callback log, stale stages by
/// <see cref="TaskProgression"/>, and polling covers the missing ones.
/// </summary>
public sealed partial class ProviderCallbackHandler(
    IGenerationTaskRepository tasks,
    IProviderCallbackLog log,
    TaskProcessor processor,
    TimeProvider time,
    ILogger<ProviderCallbackHandler> logger)
{
    public async Task<CallbackOutcome> HandleAsync(ProviderCallback callback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(callback);
        var task = await FindAsync(callback, cancellationToken);
        if (task is null)
        {
            LogUnknownTask(callback.Provider, callback.Stage);
            return CallbackOutcome.UnknownTask;
        }

        var taskKey = callback.ProviderTaskId ?? TaskCorrelation.Of(task.Id);
        if (!await log.TryRecordAsync(callback.Provider, taskKey, callback.Stage, time.GetUtcNow(), cancellationToken))
        {
            LogDuplicate(task.Id, callback.Provider, callback.Stage);
            return CallbackOutcome.Duplicate;
        }

        try
        {
            if (task.State == TaskState.SubmitUnknown && callback.ProviderTaskId is { } providerTaskId)
            {
                task = await processor.AdoptAsync(task, providerTaskId, cancellationToken);
            }

            var applied = await processor.ApplyProgressAsync(task, callback.Progress, cancellationToken);
            return applied ? CallbackOutcome.Applied : CallbackOutcome.Unchanged;
        }
        catch
        {
            // Not taken after all: let the provider's retry (or the next poll) try again.
            await log.ForgetAsync(callback.Provider, taskKey, callback.Stage, CancellationToken.None);
            throw;
        }
    }

    /// <summary>By the provider's task id; else by the bot's own task reference in the callback address.</summary>
    private async Task<GenerationTask?> FindAsync(ProviderCallback callback, CancellationToken cancellationToken)
    {
        if (callback.ProviderTaskId is { } providerTaskId
            && await tasks.FindByProviderTaskIdAsync(callback.Provider, providerTaskId, cancellationToken) is { } known)
        {
            return known;
        }

        if (TaskCorrelation.TryParse(callback.CorrelationId) is not { } taskId
            || await tasks.GetAsync(taskId, cancellationToken) is not { } task
            || !string.Equals(task.Provider, callback.Provider, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        // A reference naming a task the provider already knows under another id is about something else.
        return task.ProviderTaskId is not null && callback.ProviderTaskId is not null ? null : task;
    }

    [LoggerMessage(EventId = 2201, Level = LogLevel.Information, Message = "A {Provider} callback ({Stage}) matches no task of this bot; ignored")]
    private partial void LogUnknownTask(string provider, string stage);

    [LoggerMessage(EventId = 2202, Level = LogLevel.Debug, Message = "Task {TaskId}: duplicate {Provider} callback ({Stage}) ignored")]
    private partial void LogDuplicate(long taskId, string provider, string stage);
}
