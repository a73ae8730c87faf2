using MusicBot.Core.Generation;

namespace MusicBot.Infrastructure.Storage;

/// <summary>The database spelling of task states (snake_case, matching the CHECK constraint).</summary>
internal static class TaskStateNames
{
    public const string Unfinished = "('queued', 'submitted', 'text_ready', 'first_track_ready')";

    public static string Of(TaskState state) => state switch
    {
        TaskState.Queued => "queued",
        // An unconfirmed submit is 'submitted' without a provider task id (see migration 0003_providers).
        TaskState.Submitted or TaskState.SubmitUnknown => "submitted",
        TaskState.TextReady => "text_ready",
        TaskState.FirstTrackReady => "first_track_ready",
        TaskState.Succeeded => "succeeded",
        TaskState.Failed => "failed",
        TaskState.TimedOut => "timed_out",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };

    public static TaskState Parse(string name) => name switch
    {
        "queued" => TaskState.Queued,
        "submitted" => TaskState.Submitted,
        "text_ready" => TaskState.TextReady,
        "first_track_ready" => TaskState.FirstTrackReady,
        "succeeded" => TaskState.Succeeded,
        "failed" => TaskState.Failed,
        "timed_out" => TaskState.TimedOut,
        _ => throw new InvalidOperationException($"Unknown task state '{name}' in the database."),
    };
}
