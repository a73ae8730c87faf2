using Dapper;
using Microsoft.Data.Sqlite;
using MusicBot.Core.Conversations;
using MusicBot.Core.Credits;

namespace MusicBot.Infrastructure.Sqlite;

/// <summary>
/// One write transaction per move: the <c>scope_moves</c> row (its primary key makes a repeated move a no-op), then
/// balances through <see cref="LedgerWriter"/> (paired <c>move</c> rows), then drafts, settings, role allowances and
/// tasks re-keyed with <c>UPDATE OR IGNORE</c>: where the new scope already has a row (written after the upgrade, so
/// newer), that row is kept and the old one dropped.
/// </summary>
public sealed class SqliteScopeMoves(SqliteConnectionFactory connections, TimeProvider time) : IScopeMoves
{
    private const string SameMember = "CASE WHEN user_id = @From THEN @To ELSE user_id END";

    public async Task<bool> MoveAsync(ScopeMove move, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(move);
        var (from, to) = (move.From, move.To);
        if (from.Platform != to.Platform || from.Id == to.Id)
        {
            throw new ArgumentException($"A scope moves to another id on its own platform; {from} → {to} does not.", nameof(move));
        }

        var now = time.GetUtcNow();
        var keys = new { from.Platform, From = from.Id, To = to.Id, At = DbTime.Format(now) };
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);
        var recorded = await connection.ExecuteAsync(
            "INSERT OR IGNORE INTO scope_moves (platform, from_scope, to_scope, moved_at) VALUES (@Platform, @From, @To, @At)",
            keys,
            transaction);
        if (recorded == 0)
        {
            return false;
        }

        await MoveBalancesAsync(connection, transaction, move, now);
        foreach (var table in new[] { "drafts", "scope_settings", "role_allowances" })
        {
            await RekeyAsync(connection, transaction, table, table == "drafts", keys);
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
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string From, string To)>(
            "SELECT from_scope, to_scope FROM scope_moves WHERE platform = @platform ORDER BY moved_at, from_scope",
            new { platform });
        return [.. rows.Select(r => new ScopeMove(new ConversationScope(platform, r.From), new ConversationScope(platform, r.To)))];
    }

    /// <summary>
    /// Every account of the old scope gets one in the new (at zero if new, so no second default allowance), and a
    /// positive balance leaves the old account and arrives in the new one as a pair of ledger rows.
    /// </summary>
    private static async Task MoveBalancesAsync(SqliteConnection connection, SqliteTransaction transaction, ScopeMove move, DateTimeOffset now)
    {
        var accounts = await connection.QueryAsync<(string UserId, long Balance)>(
            "SELECT user_id, balance FROM credit_accounts WHERE platform = @Platform AND scope_id = @Id ORDER BY user_id",
            new { move.From.Platform, move.From.Id },
            transaction);
        foreach (var (userId, balance) in accounts)
        {
            var member = new UserRef(move.To, userId == move.From.Id ? move.To.Id : userId);
            await connection.ExecuteAsync(
                "INSERT OR IGNORE INTO credit_accounts (platform, scope_id, user_id, balance, created_at) VALUES (@Platform, @ScopeId, @UserId, 0, @At)",
                new { member.Platform, ScopeId = member.Scope.Id, member.UserId, At = DbTime.Format(now) },
                transaction);
            if (balance > 0)
            {
                var amount = (int)balance;
                await LedgerWriter.ChangeAsync(connection, transaction, new UserRef(move.From, userId), LedgerEntryKind.Move, -amount, "system", $"moved to {move.To.Id}", null, now);
                await LedgerWriter.ChangeAsync(connection, transaction, member, LedgerEntryKind.Move, amount, "system", $"moved from {move.From.Id}", null, now);
            }
        }
    }

    private static async Task RekeyAsync(SqliteConnection connection, SqliteTransaction transaction, string table, bool perMember, object keys)
    {
        var member = perMember ? $", user_id = {SameMember}" : "";
        await connection.ExecuteAsync(
            $"UPDATE OR IGNORE {table} SET scope_id = @To{member} WHERE platform = @Platform AND scope_id = @From",
            keys,
            transaction);
        await connection.ExecuteAsync($"DELETE FROM {table} WHERE platform = @Platform AND scope_id = @From", keys, transaction);
    }
}
