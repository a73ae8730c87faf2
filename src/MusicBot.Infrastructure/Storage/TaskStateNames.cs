using MusicBot.Core.Generation;

namespace MusicBot.Infrastructure.Storage;

/// <summary>The database spelling of task states (snake_case, matching the CHECK constraint): each state as itself.</summary>
internal static class TaskStateNames
{
    public const string Unfinished = "('queued', 'submit_unknown', 'submitted', 'text_ready', 'first_track_ready')";

    /// <summary>
    /// Sent and not finished. Spelled exactly as the partial index <c>ix_tasks_due</c> spells its condition: SQLite uses
    /// that index only for a query that repeats its terms.
    /// </summary>
    public const string AtProvider = "('submit_unknown', 'submitted', 'text_ready', 'first_track_ready')";
    public static string Of(TaskState state) => state switch
    {
        TaskState.Queued => "queued",
        TaskState.SubmitUnknown => "submit_unknown",
        TaskState.Submitted => "submitted",
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
        "submit_unknown" => TaskState.SubmitUnknown,
        "submitted" => TaskState.Submitted,
        "text_ready" => TaskState.TextReady,
        "first_track_ready" => TaskState.FirstTrackReady,
        "succeeded" => TaskState.Succeeded,
        "failed" => TaskState.Failed,
        "timed_out" => TaskState.TimedOut,
        _ => throw new InvalidOperationException($"Unknown task state '{name}' in the database."),
    };
}
