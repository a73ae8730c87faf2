namespace MusicBot.Core.Generation;

public static class TaskStateExtensions
{
    public static bool IsFinished(this TaskState state) => state is TaskState.Succeeded or TaskState.Failed or TaskState.TimedOut;

    /// <summary>
    /// Sent to the provider and not finished: the provider is (or may be) working on it, so it takes a slot of the
    /// provider's concurrency and its time-out clock runs.
    /// </summary>
    public static bool IsAtProvider(this TaskState state) =>
        state is TaskState.Submitted or TaskState.TextReady or TaskState.FirstTrackReady or TaskState.SubmitUnknown;

    /// <summary>Confirmed by the provider (it gave a task id), so it can be polled.</summary>
    public static bool IsConfirmedAtProvider(this TaskState state) =>
        state is TaskState.Submitted or TaskState.TextReady or TaskState.FirstTrackReady;

    /// <summary>A stable label for metrics.</summary>
    public static string MetricName(TaskState state) => state switch
    {
        TaskState.Succeeded => "succeeded",
        TaskState.Failed => "failed",
        TaskState.TimedOut => "timed_out",
        _ => "unfinished",
    };

    public static string Describe(this TaskState state) => state switch
    {
        TaskState.Queued => "queued",
        TaskState.Submitted => "submitted",
        TaskState.SubmitUnknown => "waiting for the provider to confirm",
        TaskState.TextReady => "lyrics ready",
        TaskState.FirstTrackReady => "first track ready",
        TaskState.Succeeded => "done",
        TaskState.Failed => "failed",
        TaskState.TimedOut => "timed out",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };
}
