using System.Text.Json;
using MusicBot.Core.Conversations;
using MusicBot.Core.Generation;
using MusicBot.Infrastructure.Serialization;

namespace MusicBot.Infrastructure.Storage;

/// <summary>A <c>tasks</c> row as Dapper reads it.</summary>
internal sealed class TaskRow
{
    public const string Columns = """
        id, request_key AS RequestKey, platform, scope_id AS ScopeId, user_id AS UserId, target_channel AS TargetChannel,
        target_reply_context AS TargetReplyContext, request_json AS RequestJson, state, price, provider_task_id AS ProviderTaskId,
        created_at AS CreatedAt, submitted_at AS SubmittedAt, text_ready_at AS TextReadyAt, first_track_at AS FirstTrackAt,
        finished_at AS FinishedAt, next_poll_at AS NextPollAt, failure_code AS FailureCode, failure_detail AS FailureDetail, submit_attempts AS SubmitAttempts
        """;

    public long Id { get; init; }

    public string RequestKey { get; init; } = "";

    public string Platform { get; init; } = "";

    public string ScopeId { get; init; } = "";

    public string UserId { get; init; } = "";

    public string TargetChannel { get; init; } = "";

    public string? TargetReplyContext { get; init; }

    public string RequestJson { get; init; } = "";

    public string State { get; init; } = "";

    public long Price { get; init; }

    public string? ProviderTaskId { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? SubmittedAt { get; init; }

    public DateTimeOffset? TextReadyAt { get; init; }

    public DateTimeOffset? FirstTrackAt { get; init; }

    public DateTimeOffset? FinishedAt { get; init; }

    public DateTimeOffset? NextPollAt { get; init; }

    public string? FailureCode { get; init; }

    public string? FailureDetail { get; init; }

    public long SubmitAttempts { get; init; }

    public GenerationTask ToTask() => new()
    {
        Id = Id,
        RequestKey = RequestKey,
        User = new UserRef(new ConversationScope(Platform, ScopeId), UserId),
        Target = new DeliveryTarget(Platform, TargetChannel, TargetReplyContext),
        Request = JsonSerializer.Deserialize(RequestJson, InfrastructureJsonContext.Default.GenerationRequest)
            ?? throw new InvalidOperationException($"Task {Id} has no request."),
        State = TaskStateNames.Parse(State),
        Price = (int)Price,
        ProviderTaskId = ProviderTaskId,
        CreatedAt = CreatedAt,
        SubmittedAt = SubmittedAt,
        TextReadyAt = TextReadyAt,
        FirstTrackAt = FirstTrackAt,
        FinishedAt = FinishedAt,
        NextPollAt = NextPollAt,
        Failure = StoredFailures.Read(FailureCode, FailureDetail),
        SubmitAttempts = (int)SubmitAttempts,
    };
}
