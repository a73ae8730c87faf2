using System.Data.Common;
using Dapper;
using MusicBot.Core.Conversations;
using MusicBot.Core.Credits;

namespace MusicBot.Infrastructure.Storage;

/// <summary>
/// One write transaction per move: the <c>scope_moves</c> row (its primary key makes a repeated move a no-op), then
/// balances through <see cref="LedgerWriter"/> (paired <c>move</c> rows), then drafts, settings, role allowances and
/// tasks re-keyed: where the new scope already has a row (written after the upgrade, so newer), that row is kept and
/// the old one dropped.
/// </summary>
public sealed class ScopeMoves(IStoreDatabase db, TimeProvider time) : IScopeMoves
{
    private const string SameMember = "CASE WHEN user_id = @From THEN @To ELSE user_id END";

    // Each re-keyed table: whether user_id is part of its key (and follows the scope when it is the scope's own id),
    // and the other column that, beside platform and scope, completes the key.
    private static readonly (string Table, bool PerMember, string? OtherKey)[] Rekeyed =
    [
        ("drafts", true, null),
        ("scope_settings", false, null),
        ("scope_languages", false, null),
        ("role_allowances", false, "role_id"),
    ];

    public async Task<bool> MoveAsync(ScopeMove move, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(move);
        var (from, to) = (move.From, move.To);
        if (from.Platform != to.Platform || from.Id == to.Id)
        {
            throw new ArgumentException($"A scope moves to another id on its own platform; {from} → {to} does not.", nameof(move));
        }

        var now = time.GetUtcNow();
        var keys = new { from.Platform, From = from.Id, To = to.Id, At = db.Time(now) };
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var transaction = await db.BeginWriteAsync(connection, cancellationToken);
        var recorded = await connection.ExecuteAsync(
            """
            INSERT INTO scope_moves (platform, from_scope, to_scope, moved_at) VALUES (@Platform, @From, @To, @At)
            ON CONFLICT (platform, from_scope) DO NOTHING
            """,
            keys,
            transaction);
        if (recorded == 0)
        {
            return false;
        }

        await MoveBalancesAsync(connection, transaction, move, now);
        foreach (var (table, perMember, otherKey) in Rekeyed)
        {
            await RekeyAsync(connection, transaction, table, perMember, otherKey, keys);
        }

        await connection.ExecuteAsync(
            $"""
            UPDATE tasks SET scope_id = @To, user_id = {SameMember},
                target_channel = CASE WHEN target_channel = @From THEN @To ELSE target_channel END
            WHERE platform = @Platform AND scope_id = @From
            """,
            keys,
            transaction);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    public async Task<IReadOnlyList<ScopeMove>> ListAsync(string platform, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string From, string To)>(
            "SELECT from_scope, to_scope FROM scope_moves WHERE platform = @platform ORDER BY moved_at, from_scope",
            new { platform });
        return [.. rows.Select(r => new ScopeMove(new ConversationScope(platform, r.From), new ConversationScope(platform, r.To)))];
    }

    /// <summary>
    /// Every account of the old scope gets one in the new (at zero if new, so no second default allowance), and a
    /// positive balance leaves the old account and arrives in the new one as a pair of ledger rows. The old accounts
    /// stay locked until the move commits, so no charge lands on them in between.
    /// </summary>
    private async Task MoveBalancesAsync(DbConnection connection, DbTransaction transaction, ScopeMove move, DateTimeOffset now)
    {
        var accounts = await connection.QueryAsync<(string UserId, int Balance)>(
            $"SELECT user_id, balance FROM credit_accounts WHERE platform = @Platform AND scope_id = @Id ORDER BY user_id{db.LockRow}",
            new { move.From.Platform, move.From.Id },
            transaction);
        foreach (var (userId, balance) in accounts)
        {
            var member = new UserRef(move.To, userId == move.From.Id ? move.To.Id : userId);
            await connection.ExecuteAsync(
                """
                INSERT INTO credit_accounts (platform, scope_id, user_id, balance, created_at) VALUES (@Platform, @ScopeId, @UserId, 0, @At)
                ON CONFLICT (platform, scope_id, user_id) DO NOTHING
                """,
                new { member.Platform, ScopeId = member.Scope.Id, member.UserId, At = db.Time(now) },
                transaction);
            if (balance > 0)
            {
                await LedgerWriter.ChangeAsync(db, connection, transaction, new UserRef(move.From, userId), LedgerEntryKind.Move, -balance, "system", $"moved to {move.To.Id}", null, now);
                await LedgerWriter.ChangeAsync(db, connection, transaction, member, LedgerEntryKind.Move, balance, "system", $"moved from {move.From.Id}", null, now);
            }
        }
    }

    /// <summary>
    /// Drops the old rows the new scope already has (SQL both engines run, where SQLite alone has UPDATE OR IGNORE),
    /// then moves the rest.
    /// </summary>
    private static async Task RekeyAsync(DbConnection connection, DbTransaction transaction, string table, bool perMember, string? otherKey, object keys)
    {
        var sameRow = perMember ? $" AND newer.user_id = CASE WHEN {table}.user_id = @From THEN @To ELSE {table}.user_id END" : "";
        sameRow += otherKey is null ? "" : $" AND newer.{otherKey} = {table}.{otherKey}";
        await connection.ExecuteAsync(
            $"""
            DELETE FROM {table} WHERE platform = @Platform AND scope_id = @From
                AND EXISTS (SELECT 1 FROM {table} newer WHERE newer.platform = {table}.platform AND newer.scope_id = @To{sameRow})
            """,
            keys,
            transaction);
        var member = perMember ? $", user_id = {SameMember}" : "";
        await connection.ExecuteAsync(
            $"UPDATE {table} SET scope_id = @To{member} WHERE platform = @Platform AND scope_id = @From",
            keys,
            transaction);
    }
}
