using Dapper;
using Microsoft.Data.Sqlite;
using MusicBot.Core.Conversations;
using MusicBot.Core.Credits;

namespace MusicBot.Infrastructure.Sqlite;

/// <summary>
/// The only code that changes balances. It runs inside the caller's write transaction, so a balance change and
/// its ledger row (and, for tasks, the task change) commit together.
/// </summary>
internal static class LedgerWriter
{
    /// <summary>
    /// Creates the account on first sight with the highest allowance of the user's <paramref name="roleIds"/>, else the
    /// scope's default; returns the balance.
    /// </summary>
    public static async Task<int> EnsureAccountAsync(
        SqliteConnection connection,
        SqliteTransaction transaction,
        UserRef user,
        int configuredDefault,
        DateTimeOffset now,
        IReadOnlyCollection<string>? roleIds = null)
    {
        var key = Key(user);
        var balance = await connection.QuerySingleOrDefaultAsync<int?>(
            "SELECT balance FROM credit_accounts WHERE platform = @Platform AND scope_id = @ScopeId AND user_id = @UserId",
            key,
            transaction);
        if (balance is { } existing)
        {
            return existing;
        }

        var allowance = await RoleAllowanceAsync(connection, transaction, user.Scope, roleIds)
            ?? await ScopeDefaultAsync(connection, transaction, user.Scope, configuredDefault);
        await connection.ExecuteAsync(
            "INSERT INTO credit_accounts (platform, scope_id, user_id, balance, created_at) VALUES (@Platform, @ScopeId, @UserId, 0, @At)",
            new { key.Platform, key.ScopeId, key.UserId, At = DbTime.Format(now) },
            transaction);
        return await ChangeAsync(connection, transaction, user, LedgerEntryKind.Grant, allowance, "system", "default allowance", null, now);
    }

    public static async Task<int> ScopeDefaultAsync(SqliteConnection connection, SqliteTransaction? transaction, ConversationScope scope, int configuredDefault) =>
        await connection.QuerySingleOrDefaultAsync<int?>(
            "SELECT default_credits FROM scope_settings WHERE platform = @Platform AND scope_id = @Id",
            new { scope.Platform, scope.Id },
            transaction) ?? configuredDefault;

    private static async Task<int?> RoleAllowanceAsync(SqliteConnection connection, SqliteTransaction transaction, ConversationScope scope, IReadOnlyCollection<string>? roleIds)
    {
        if (roleIds is not { Count: > 0 })
        {
            return null;
        }

        return await connection.QuerySingleOrDefaultAsync<int?>(
            "SELECT MAX(credits) FROM role_allowances WHERE platform = @Platform AND scope_id = @Id AND role_id IN @roleIds",
            new { scope.Platform, scope.Id, roleIds },
            transaction);
    }

    /// <summary>Moves the balance by <paramref name="amount"/> and appends the ledger row; returns the new balance.</summary>
    public static async Task<int> ChangeAsync(
        SqliteConnection connection,
        SqliteTransaction transaction,
        UserRef user,
        LedgerEntryKind kind,
        int amount,
        string actor,
        string reason,
        long? taskId,
        DateTimeOffset now)
    {
        var key = Key(user);
        var balance = await connection.QuerySingleAsync<int>(
            """
            UPDATE credit_accounts SET balance = balance + @amount
            WHERE platform = @Platform AND scope_id = @ScopeId AND user_id = @UserId
            RETURNING balance
            """,
            new { amount, key.Platform, key.ScopeId, key.UserId },
            transaction);
        await connection.ExecuteAsync(
            """
            INSERT INTO credit_ledger (platform, scope_id, user_id, kind, amount, balance_after, actor, reason, task_id, created_at)
            VALUES (@Platform, @ScopeId, @UserId, @Kind, @amount, @balance, @actor, @reason, @taskId, @At)
            """,
            new { key.Platform, key.ScopeId, key.UserId, Kind = KindName(kind), amount, balance, actor, reason, taskId, At = DbTime.Format(now) },
            transaction);
        return balance;
    }

    public static string KindName(LedgerEntryKind kind) => kind.ToString().ToLowerInvariant();

    public static UserKey Key(UserRef user) => new(user.Scope.Platform, user.Scope.Id, user.UserId);

    internal sealed record UserKey(string Platform, string ScopeId, string UserId);
}
