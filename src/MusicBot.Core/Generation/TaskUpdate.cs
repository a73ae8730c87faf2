using MusicBot.Core.Delivery;
using MusicBot.Core.Failures;
using MusicBot.Core.Providers;

namespace MusicBot.Core.Generation;

/// <summary>
/// One step of a task's state machine, applied atomically: the state change, its tracks, the notices for the user
/// (outbox rows) and the credit settlement all commit together, or none does. <see cref="ExpectedState"/> guards
/// against two writers (a callback and a poll) applying the same step twice.
/// </summary>
public sealed record TaskUpdate
{
    public required long TaskId { get; init; }

    public required TaskState ExpectedState { get; init; }

    public required TaskState NewState { get; init; }

    public required DateTimeOffset Now { get; init; }

    public string? ProviderTaskId { get; init; }

    public DateTimeOffset? NextPollAt { get; init; }

    public TaskFailure? Failure { get; init; }

    public IReadOnlyList<ProviderTrack> Tracks { get; init; } = [];

    public IReadOnlyList<Notice> Notices { get; init; } = [];

    public CreditSettlement Settlement { get; init; } = CreditSettlement.None;

    /// <summary>True when this step records a submit attempt (see <see cref="GenerationTask.SubmitAttempts"/>).</summary>
    public bool CountsSubmitAttempt { get; init; }
}
