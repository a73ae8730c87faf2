using MusicBot.Core.Conversations;
using MusicBot.Core.Failures;
using MusicBot.Core.Providers;

namespace MusicBot.Core.Generation;

/// <summary>A user's request as the bot tracks it, from the queue to a final state.</summary>
public sealed record GenerationTask
{
    public required long Id { get; init; }

    /// <summary>The platform's id for the request (update id, interaction id): a repeat creates nothing.</summary>
    public required string RequestKey { get; init; }

    public required UserRef User { get; init; }

    public required DeliveryTarget Target { get; init; }

    public required GenerationRequest Request { get; init; }

    public required TaskState State { get; init; }

    public required int Price { get; init; }

    public string? ProviderTaskId { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? SubmittedAt { get; init; }

    public DateTimeOffset? TextReadyAt { get; init; }

    public DateTimeOffset? FirstTrackAt { get; init; }

    public DateTimeOffset? FinishedAt { get; init; }

    public DateTimeOffset? NextPollAt { get; init; }

    /// <summary>Why a failed or timed-out task ended; null otherwise.</summary>
    public TaskFailure? Failure { get; init; }

    /// <summary>How many times a submit was tried (accepted, rejected or unanswered); caps retries of transient rejections.</summary>
    public int SubmitAttempts { get; init; }

    public string Provider => Request.Provider;
}
