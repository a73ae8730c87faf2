using Dapper;
using System.Data.Common;
using MusicBot.Core.Inbox;

namespace MusicBot.Infrastructure.Storage;

/// <summary>
/// The claim is an insert that does nothing on a known primary key, so two deliveries of one update can never both win,
/// however they race (STYLE §7: atomic, unlike check-then-insert).
/// </summary>
public sealed class UpdateLog(IStoreDatabase db, TimeProvider time) : IUpdateLog
{
    public async Task<bool> TryClaimAsync(UpdateSource source, long updateId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        await using var connection = await db.OpenAsync(cancellationToken);
        var inserted = await connection.ExecuteAsync(
            """
            INSERT INTO inbound_updates (platform, stream, update_id, state, claimed_at)
            VALUES (@Platform, @Stream, @updateId, 'claimed', @now)
            ON CONFLICT (platform, stream, update_id) DO NOTHING
            """,
            new { source.Platform, source.Stream, updateId, now = db.Time(time.GetUtcNow()) });
        return inserted == 1;
    }

    public async Task MarkHandledAsync(UpdateSource source, long updateId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        var now = db.Time(time.GetUtcNow());
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var transaction = await db.BeginWriteAsync(connection, cancellationToken);
        await connection.ExecuteAsync(
            """
            UPDATE inbound_updates SET state = 'handled', handled_at = @now
            WHERE platform = @Platform AND stream = @Stream AND update_id = @updateId
            """,
            new { source.Platform, source.Stream, updateId, now },
            transaction);
        await AdvanceCursorAsync(connection, transaction, source, updateId, now);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<long?> GetNextOffsetAsync(UpdateSource source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        await using var connection = await db.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<long?>(
            "SELECT next_offset FROM update_cursors WHERE platform = @Platform AND stream = @Stream",
            new { source.Platform, source.Stream });
    }

    public async Task<int> PruneAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(
            "DELETE FROM inbound_updates WHERE claimed_at < @before",
            new { before = db.Time(before) });
    }

    public async Task RejectAsync(UpdateSource source, long updateId, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        var now = db.Time(time.GetUtcNow());
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var transaction = await db.BeginWriteAsync(connection, cancellationToken);
        await connection.ExecuteAsync(
            """
            INSERT INTO rejected_updates (platform, stream, update_id, reason, rejected_at)
            VALUES (@Platform, @Stream, @updateId, @reason, @now)
            ON CONFLICT (platform, stream, update_id) DO NOTHING
            """,
            new { source.Platform, source.Stream, updateId, reason, now },
            transaction);
        await AdvanceCursorAsync(connection, transaction, source, updateId, now);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<bool> EnqueueAsync(UpdateSource source, long updateId, string payload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        await using var connection = await db.OpenAsync(cancellationToken);
        var inserted = await connection.ExecuteAsync(
            """
            INSERT INTO queued_updates (platform, stream, update_id, payload, received_at)
            VALUES (@Platform, @Stream, @updateId, @payload, @now)
            ON CONFLICT (platform, stream, update_id) DO NOTHING
            """,
            new { source.Platform, source.Stream, updateId, payload, now = db.Time(time.GetUtcNow()) });
        return inserted == 1;
    }

    public async Task<IReadOnlyList<QueuedUpdate>> GetQueuedAsync(UpdateSource source, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        await using var connection = await db.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(long UpdateId, string Payload)>(
            """
            SELECT update_id, payload FROM queued_updates
            WHERE platform = @Platform AND stream = @Stream
            ORDER BY update_id LIMIT @limit
            """,
            new { source.Platform, source.Stream, limit });
        return [.. rows.Select(r => new QueuedUpdate(r.UpdateId, r.Payload))];
    }

    public async Task DequeueAsync(UpdateSource source, long updateId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        await using var connection = await db.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            "DELETE FROM queued_updates WHERE platform = @Platform AND stream = @Stream AND update_id = @updateId",
            new { source.Platform, source.Stream, updateId });
    }

    private static Task<int> AdvanceCursorAsync(DbConnection connection, DbTransaction transaction, UpdateSource source, long updateId, object now) =>
        connection.ExecuteAsync(
            """
            INSERT INTO update_cursors (platform, stream, next_offset, updated_at) VALUES (@Platform, @Stream, @next, @now)
            ON CONFLICT (platform, stream) DO UPDATE SET
                next_offset = CASE WHEN excluded.next_offset > update_cursors.next_offset THEN excluded.next_offset ELSE update_cursors.next_offset END,
                updated_at = excluded.updated_at
            """,
            new { source.Platform, source.Stream, next = updateId + 1, now },
            transaction);
}
