using Microsoft.Extensions.Logging;
using MusicBot.Core.Observability;
using MusicBot.Core.Signals;

namespace MusicBot.Core.Generation;

/// <summary>
/// Applies one state-machine step and does what follows a committed step: wake the delivery worker for new
/// notices, log the transition, record the metrics of a finished task.
/// </summary>
public sealed partial class TaskStepWriter(
    IGenerationTaskRepository tasks,
    DeliverySignal deliverySignal,
    MusicBotMetrics metrics,
    ILogger<TaskStepWriter> logger)
{
    /// <summary>False when the task was no longer in the step's expected state (another writer got there first).</summary>
    public async Task<bool> ApplyAsync(GenerationTask task, TaskUpdate update, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(update);
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

    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "Task {TaskId}: {From} -> {To}")]
    private partial void LogTransition(long taskId, TaskState from, TaskState to);
}
