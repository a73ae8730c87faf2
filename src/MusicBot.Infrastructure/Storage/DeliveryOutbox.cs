using System.Text.Json;
using Dapper;
using MusicBot.Core.Conversations;
using MusicBot.Core.Delivery;
using MusicBot.Infrastructure.Serialization;

namespace MusicBot.Infrastructure.Storage;

public sealed class DeliveryOutbox(IStoreDatabase db) : IDeliveryOutbox
{
    /// <summary>
    /// The due deliveries, each the oldest pending one of its task (a task's notices go out in order), soonest due first.
    /// Driven from the pending deliveries (SQLite keeps the order of a CROSS JOIN; left to itself it walks every task of
    /// the platform); StoreQueryPlanTests checks the plan.
    /// </summary>
    internal static string DueSql(IStoreDatabase db) => $"""
        SELECT d.id, d.task_id AS TaskId, d.notice_json AS NoticeJson, d.attempts, t.platform, t.scope_id AS ScopeId, t.user_id AS UserId,
               t.target_channel AS TargetChannel, t.target_reply_context AS TargetReplyContext
        FROM deliveries d CROSS JOIN tasks t
        WHERE t.id = d.task_id AND d.state = 'pending' AND d.next_attempt_at <= @now AND {db.IsIn("t.platform", "@platforms")}
          AND NOT EXISTS (SELECT 1 FROM deliveries e WHERE e.task_id = d.task_id AND e.state = 'pending' AND e.id < d.id)
        ORDER BY d.next_attempt_at, d.id
        LIMIT @limit
        """;

    public async Task<IReadOnlyList<PendingDelivery>> ListDueAsync(IReadOnlyCollection<string> platforms, DateTimeOffset now, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(platforms);
        if (platforms.Count == 0)
        {
            return [];
        }

        await using var connection = await db.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<DeliveryRow>(DueSql(db), new { now = db.Time(now), platforms = platforms.ToArray(), limit });
        return [.. rows.Select(r => r.ToDelivery())];
    }

    public async Task MarkDeliveredAsync(long deliveryId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            "UPDATE deliveries SET state = 'delivered', delivered_at = @now, attempts = attempts + 1 WHERE id = @deliveryId AND state = 'pending'",
            new { deliveryId, now = db.Time(now) });
    }

    public async Task MarkFailedAttemptAsync(long deliveryId, string failure, DateTimeOffset nextAttemptAt, bool giveUp, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            """
            UPDATE deliveries SET attempts = attempts + 1, last_error = @error, next_attempt_at = @next,
                   state = CASE WHEN @giveUp THEN 'abandoned' ELSE state END
            WHERE id = @deliveryId AND state = 'pending'
            """,
            new { deliveryId, error = failure, next = db.Time(nextAttemptAt), giveUp });
    }

    public async Task<int> CountPendingAsync(string platform, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return await connection.QuerySingleAsync<int>(
            "SELECT COUNT(*) FROM deliveries d JOIN tasks t ON t.id = d.task_id WHERE d.state = 'pending' AND t.platform = @platform",
            new { platform });
    }

    private sealed class DeliveryRow
    {
        public long Id { get; init; }

        public long TaskId { get; init; }

        public string NoticeJson { get; init; } = "";

        public long Attempts { get; init; }

        public string Platform { get; init; } = "";

        public string ScopeId { get; init; } = "";

        public string UserId { get; init; } = "";

        public string TargetChannel { get; init; } = "";

        public string? TargetReplyContext { get; init; }

        public PendingDelivery ToDelivery() => new(
            Id,
            TaskId,
            new UserRef(new ConversationScope(Platform, ScopeId), UserId),
            new DeliveryTarget(Platform, TargetChannel, TargetReplyContext),
            JsonSerializer.Deserialize(NoticeJson, InfrastructureJsonContext.Default.Notice) ?? throw new InvalidOperationException($"Delivery {Id} has no notice."),
            (int)Attempts);
    }
}
