namespace MusicBot.Core.Generation;

public static class TaskStateExtensions
{
    public static bool IsFinished(this TaskState state) => state >= TaskState.Succeeded;

    /// <summary>Accepted by the provider and not finished: the provider is working on it.</summary>
    public static bool IsAtProvider(this TaskState state) => state is >= TaskState.Submitted and <= TaskState.FirstTrackReady;

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
        TaskState.TextReady => "lyrics ready",
        TaskState.FirstTrackReady => "first track ready",
        TaskState.Succeeded => "done",
        TaskState.Failed => "failed",
        TaskState.TimedOut => "timed out",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };
}
