using MusicBot.Core.Observability;

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
        TaskState.Succeeded => GenerationOutcomes.Succeeded,
        TaskState.Failed => GenerationOutcomes.Failed,
        TaskState.TimedOut => GenerationOutcomes.TimedOut,
        _ => GenerationOutcomes.Unfinished,
    };

    /// <summary>
    /// True when a task in <paramref name="state"/> has come at least as far as <paramref name="stage"/> on the way
    /// queued → submitted → text ready → first track ready → finished. The enum's numbers are storage, not order
    /// (<see cref="TaskState.SubmitUnknown"/> sits between queued and submitted but is numbered last).
    /// </summary>
    public static bool HasReached(this TaskState state, TaskState stage) => Step(state) >= Step(stage);

    private static int Step(TaskState state) => state switch
    {
        TaskState.Queued => 0,
        TaskState.SubmitUnknown => 1,
        TaskState.Submitted => 2,
        TaskState.TextReady => 3,
        TaskState.FirstTrackReady => 4,
        TaskState.Succeeded or TaskState.Failed or TaskState.TimedOut => 5,
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };
}
