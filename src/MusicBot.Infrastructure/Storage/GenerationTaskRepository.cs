using System.Data.Common;
using System.Text.Json;
using Dapper;
using Microsoft.Extensions.Options;
using MusicBot.Core.Conversations;
using MusicBot.Core.Credits;
using MusicBot.Core.Generation;
using MusicBot.Core.Providers;
using MusicBot.Infrastructure.Serialization;

namespace MusicBot.Infrastructure.Storage;

/// <summary>
/// Tasks, their tracks, their outbox rows and their credits, changed together in one write transaction per step.
/// Check-then-act inside a step cannot race: SQLite's <c>BEGIN IMMEDIATE</c> takes the write lock up front, and on
/// PostgreSQL a step first locks the row it depends on (the user's account, or the task it moves on from).
/// </summary>
public sealed class GenerationTaskRepository(IStoreDatabase db, IOptions<QuotaOptions> quota) : IGenerationTaskRepository
{
    // The queries every submit and every pass run; StoreQueryPlanTests checks that each one seeks an index.
    internal const string InFlightSql = $"""
        SELECT COUNT(*) FROM tasks
        WHERE platform = @Platform AND scope_id = @ScopeId AND user_id = @UserId AND state IN {TaskStateNames.Unfinished} AND id <> @taskId
        """;

    internal const string QueuePositionSql = "SELECT COUNT(*) FROM tasks WHERE provider = @Provider AND state = 'queued' AND id <= @taskId";

    internal const string QueuePositionOfSql = """
        SELECT CASE WHEN t.state <> 'queued' THEN 0 ELSE
            (SELECT COUNT(*) FROM tasks q WHERE q.provider = t.provider AND q.state = 'queued' AND q.id <= t.id) END
        FROM tasks t WHERE t.id = @taskId
        """;

    // At a provider, a task always has a next poll time (ApplyAsync sees to it), so "due" is one index range.
    internal const string DueSql = $"""
        SELECT {TaskRow.Columns} FROM tasks
        WHERE state IN {TaskStateNames.AtProvider} AND next_poll_at <= @now
        ORDER BY next_poll_at, id LIMIT @limit
        """;

    // A queued task's next_poll_at is when a refused submit may be retried (NULL: at once).
    internal const string QueuedSql = $"""
        SELECT {TaskRow.Columns} FROM tasks
        WHERE provider = @provider AND state = 'queued' AND (next_poll_at IS NULL OR next_poll_at <= @now)
        ORDER BY id LIMIT @limit
        """;

    // Queued too long (MusicBot:Generation:QueueTimeout): oldest first, by the queue's own age index.
    internal const string QueuedOverAgeSql = $"""
        SELECT {TaskRow.Columns} FROM tasks
        WHERE state = 'queued' AND created_at < @createdBefore
        ORDER BY created_at, id LIMIT @limit
        """;

    // Every provider callback looks its task up by the provider's id.
    internal const string ByProviderTaskIdSql = $"SELECT {TaskRow.Columns} FROM tasks WHERE provider = @provider AND provider_task_id = @providerTaskId";

    // "platform || ''" keeps SQLite from walking every task of the platform by ix_tasks_user_state: the unfinished
    // tasks (their partial index) are the few rows to read.
    internal const string UnfinishedOfPlatformSql = $"SELECT COUNT(*) FROM tasks WHERE state IN {TaskStateNames.Unfinished} AND platform || '' = @platform";

    internal const string AtProviderSql = $"SELECT COUNT(*) FROM tasks WHERE provider = @provider AND state IN {TaskStateNames.AtProvider}";

    public async Task<CreateTaskResult> CreateAsync(NewGenerationTask task, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(task);
        var key = LedgerWriter.Key(task.User);
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var transaction = await db.BeginWriteAsync(connection, cancellationToken);

        // The idempotency insert comes first: a redelivered request stops here, before any credit moves.
        var id = await connection.QuerySingleOrDefaultAsync<long?>(
            """
            INSERT INTO tasks (request_key, platform, scope_id, user_id, target_channel, target_reply_context, provider, model,
                               request_json, state, price, created_at)
            VALUES (@RequestKey, @Platform, @ScopeId, @UserId, @Channel, @ReplyContext, @Provider, @Model, @Json, 'queued', @Price, @Now)
            ON CONFLICT (request_key) DO NOTHING
            RETURNING id
            """,
            new
            {
                task.RequestKey,
                key.Platform,
                key.ScopeId,
                key.UserId,
                Channel = task.Target.ChannelId,
                ReplyContext = task.Target.ReplyContext,
                task.Request.Provider,
                task.Request.Model,
                Json = JsonSerializer.Serialize(task.Request, InfrastructureJsonContext.Default.GenerationRequest),
                task.Price,
                Now = db.Time(task.Now),
            },
            transaction);
        if (id is not { } taskId)
        {
            var existing = await connection.QuerySingleAsync<TaskRow>(
                $"SELECT {TaskRow.Columns} FROM tasks WHERE request_key = @RequestKey", new { task.RequestKey }, transaction);
            return new CreateTaskResult.Duplicate(existing.ToTask());
        }

        var balance = await LedgerWriter.EnsureAccountAsync(db, connection, transaction, task.User, quota.Value.DefaultCredits, task.Now);
        var inFlight = await connection.QuerySingleAsync<int>(InFlightSql, new { key.Platform, key.ScopeId, key.UserId, taskId }, transaction);
        if (inFlight >= task.MaxInFlightPerUser)
        {
            await transaction.RollbackAsync(cancellationToken);
            return new CreateTaskResult.TooManyInFlight(inFlight, task.MaxInFlightPerUser);
        }

        if (balance < task.Price)
        {
            await transaction.RollbackAsync(cancellationToken);
            return new CreateTaskResult.NotEnoughCredits(balance, task.Price);
        }

        var after = await LedgerWriter.ChangeAsync(
            db, connection, transaction, task.User, LedgerEntryKind.Reserve, -task.Price, "system", $"task {taskId}", taskId, task.Now);
        var position = await connection.QuerySingleAsync<int>(QueuePositionSql, new { task.Request.Provider, taskId }, transaction);
        var created = await connection.QuerySingleAsync<TaskRow>($"SELECT {TaskRow.Columns} FROM tasks WHERE id = @taskId", new { taskId }, transaction);
        await transaction.CommitAsync(cancellationToken);
        return new CreateTaskResult.Created(created.ToTask(), position, after);
    }

    public async Task<GenerationTask?> GetAsync(long taskId, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<TaskRow>($"SELECT {TaskRow.Columns} FROM tasks WHERE id = @taskId", new { taskId });
        return row?.ToTask();
    }

    public async Task<GenerationTask?> FindByProviderTaskIdAsync(string provider, string providerTaskId, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<TaskRow>(ByProviderTaskIdSql, new { provider, providerTaskId });
        return row?.ToTask();
    }

    public async Task<IReadOnlyList<GenerationTask>> ListDueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<TaskRow>(DueSql, new { now = db.Time(now), limit });
        return [.. rows.Select(r => r.ToTask())];
    }

    public async Task<IReadOnlyList<GenerationTask>> ListQueuedAsync(string provider, DateTimeOffset now, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<TaskRow>(QueuedSql, new { provider, now = db.Time(now), limit });
        return [.. rows.Select(r => r.ToTask())];
    }

    public async Task<IReadOnlyList<GenerationTask>> ListQueuedCreatedBeforeAsync(DateTimeOffset createdBefore, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<TaskRow>(QueuedOverAgeSql, new { createdBefore = db.Time(createdBefore), limit });
        return [.. rows.Select(r => r.ToTask())];
    }

    public async Task<IReadOnlyList<GenerationTask>> ListQueuedForOtherProvidersAsync(IReadOnlyCollection<string> providers, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(providers);
        await using var connection = await db.OpenAsync(cancellationToken);

        // Run once per start (the providers a process knows do not change while it runs), so scanning the queue is fine.
        var rows = await connection.QueryAsync<TaskRow>(
            $"SELECT {TaskRow.Columns} FROM tasks WHERE state = 'queued' AND NOT ({db.IsIn("provider", "@providers")}) ORDER BY id LIMIT @limit",
            new { providers = providers.Count == 0 ? [""] : providers.ToArray(), limit });
        return [.. rows.Select(r => r.ToTask())];
    }

    public async Task<int> CountAtProviderAsync(string provider, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return await connection.QuerySingleAsync<int>(AtProviderSql, new { provider });
    }

    public async Task<int> CountUnfinishedAsync(string platform, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return await connection.QuerySingleAsync<int>(UnfinishedOfPlatformSql, new { platform });
    }

    public async Task<IReadOnlyList<GenerationTask>> ListHistoryAsync(UserRef user, int limit, CancellationToken cancellationToken)
    {
        var key = LedgerWriter.Key(user);
        await using var connection = await db.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<TaskRow>(
            $"SELECT {TaskRow.Columns} FROM tasks WHERE platform = @Platform AND scope_id = @ScopeId AND user_id = @UserId ORDER BY id DESC LIMIT @limit",
            new { key.Platform, key.ScopeId, key.UserId, limit });
        return [.. rows.Select(r => r.ToTask())];
    }

    public async Task<IReadOnlyList<GenerationTask>> ListRecentAsync(IReadOnlyCollection<TaskState> states, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(states);
        await using var connection = await db.OpenAsync(cancellationToken);
        var names = states.Select(TaskStateNames.Of).Distinct().ToArray();
        var rows = await connection.QueryAsync<TaskRow>(
            $"SELECT {TaskRow.Columns} FROM tasks WHERE @all OR {db.IsIn("state", "@names")} ORDER BY id DESC LIMIT @limit",
            new { all = names.Length == 0, names = names.Length == 0 ? [TaskStateNames.Of(TaskState.Queued)] : names, limit });
        return [.. rows.Select(r => r.ToTask())];
    }

    public async Task<IReadOnlyList<ProviderTrack>> GetTracksAsync(long taskId, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<TrackRow>($"SELECT {TrackRow.Columns} FROM tracks WHERE task_id = @taskId ORDER BY track_index", new { taskId });
        return [.. rows.Select(r => r.ToTrack())];
    }

    public async Task<int> GetQueuePositionAsync(long taskId, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return await connection.QuerySingleAsync<int>(QueuePositionOfSql, new { taskId });
    }

    public async Task<bool> ApplyAsync(TaskUpdate update, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(update);
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var transaction = await db.BeginWriteAsync(connection, cancellationToken);
        var owner = await connection.QuerySingleOrDefaultAsync<OwnerRow>(
            $"""
            UPDATE tasks SET
                state = @New,
                provider_task_id = COALESCE(@ProviderTaskId, provider_task_id),
                submitted_at = CASE WHEN @New IN ('submit_unknown', 'submitted') THEN COALESCE(submitted_at, @Now) WHEN @New = 'queued' THEN NULL ELSE submitted_at END,
                text_ready_at = CASE WHEN @New = 'text_ready' THEN COALESCE(text_ready_at, @Now) ELSE text_ready_at END,
                first_track_at = CASE WHEN @New = 'first_track_ready' THEN COALESCE(first_track_at, @Now) ELSE first_track_at END,
                finished_at = CASE WHEN @New IN ('succeeded', 'failed', 'timed_out') THEN @Now ELSE finished_at END,
                next_poll_at = COALESCE(@NextPollAt, CASE WHEN @New IN {TaskStateNames.AtProvider} THEN @Now END),
                failure_code = COALESCE(@FailureCode, failure_code),
                failure_detail = COALESCE(@FailureDetail, failure_detail),
                submit_attempts = submit_attempts + @Attempt
            WHERE id = @TaskId AND state = @Expected
            RETURNING platform, scope_id AS ScopeId, user_id AS UserId, price
            """,
            new
            {
                update.TaskId,
                New = TaskStateNames.Of(update.NewState),
                Expected = TaskStateNames.Of(update.ExpectedState),
                update.ProviderTaskId,
                Now = db.Time(update.Now),
                NextPollAt = db.Time(update.NextPollAt),
                FailureCode = update.Failure?.Code,
                FailureDetail = StoredFailures.Write(update.Failure),
                Attempt = update.CountsSubmitAttempt ? 1 : 0,
            },
            transaction);
        if (owner is null)
        {
            return false;
        }

        await OutboxWriter.UpsertTracksAsync(db, connection, transaction, update.TaskId, update.Tracks, update.Now);
        await OutboxWriter.EnqueueAsync(db, connection, transaction, update.TaskId, update.Notices, update.Now);
        await SettleAsync(db, connection, transaction, update, owner);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private static async Task SettleAsync(IStoreDatabase db, DbConnection connection, DbTransaction transaction, TaskUpdate update, OwnerRow owner)
    {
        var user = new UserRef(new ConversationScope(owner.Platform, owner.ScopeId), owner.UserId);
        var reason = $"task {update.TaskId}";
        switch (update.Settlement)
        {
            case CreditSettlement.Capture:
                await LedgerWriter.ChangeAsync(db, connection, transaction, user, LedgerEntryKind.Capture, 0, "system", reason, update.TaskId, update.Now);
                break;
            case CreditSettlement.Refund:
                await LedgerWriter.ChangeAsync(db, connection, transaction, user, LedgerEntryKind.Refund, (int)owner.Price, "system", reason, update.TaskId, update.Now);
                break;
            case CreditSettlement.None:
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(update), update.Settlement, "Unknown settlement.");
        }
    }

    private sealed class OwnerRow
    {
        public string Platform { get; init; } = "";

        public string ScopeId { get; init; } = "";

        public string UserId { get; init; } = "";

        public long Price { get; init; }
    }
}
