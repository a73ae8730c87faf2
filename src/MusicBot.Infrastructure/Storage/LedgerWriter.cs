using System.Data.Common;
using Dapper;
using MusicBot.Core.Conversations;
using MusicBot.Core.Credits;

namespace MusicBot.Infrastructure.Storage;

/// <summary>
/// The only code that changes balances. It runs inside the caller's write transaction, so a balance change and
/// its ledger row (and, for tasks, the task change) commit together.
/// </summary>
internal static class LedgerWriter
{
    /// <summary>
    /// Creates the account on first sight with the highest allowance of the user's <paramref name="roleIds"/>, else the
    /// scope's default; returns the balance. The account row stays locked until the transaction ends, so every
    /// check the caller makes against the balance holds until it commits.
    /// </summary>
    public static async Task<int> EnsureAccountAsync(
        IStoreDatabase db,
        DbConnection connection,
        DbTransaction transaction,
        UserRef user,
        int configuredDefault,
        DateTimeOffset now,
        IReadOnlyCollection<string>? roleIds = null)
    {
        var key = Key(user);
        if (await LockedBalanceAsync(db, connection, transaction, key) is { } existing)
        {
            return existing;
        }

        var allowance = await StartingAllowanceAsync(db, connection, transaction, user, configuredDefault, roleIds);
        var created = await connection.ExecuteAsync(
            """
            INSERT INTO credit_accounts (platform, scope_id, user_id, balance, created_at) VALUES (@Platform, @ScopeId, @UserId, 0, @At)
            ON CONFLICT (platform, scope_id, user_id) DO NOTHING
            """,
            new { key.Platform, key.ScopeId, key.UserId, At = db.Time(now) },
            transaction);
        if (created == 0)
        {
            // Another instance created it first (only PostgreSQL lets two writers get this far): use theirs.
            return await LockedBalanceAsync(db, connection, transaction, key) ?? throw new InvalidOperationException("The account vanished while it was created.");
        }

        return await ChangeAsync(db, connection, transaction, user, LedgerEntryKind.Grant, allowance, "system", "default allowance", null, now);
    }

    /// <summary>What a new account starts with: the highest allowance of the user's roles, else the scope's default.</summary>
    public static async Task<int> StartingAllowanceAsync(
        IStoreDatabase db, DbConnection connection, DbTransaction? transaction, UserRef user, int configuredDefault, IReadOnlyCollection<string>? roleIds) =>
        await RoleAllowanceAsync(db, connection, transaction, user.Scope, roleIds)
            ?? await ScopeDefaultAsync(connection, transaction, user.Scope, configuredDefault);

    public static async Task<int> ScopeDefaultAsync(DbConnection connection, DbTransaction? transaction, ConversationScope scope, int configuredDefault) =>
        await connection.QuerySingleOrDefaultAsync<int?>(
            "SELECT default_credits FROM scope_settings WHERE platform = @Platform AND scope_id = @Id",
            new { scope.Platform, scope.Id },
            transaction) ?? configuredDefault;

    private static Task<int?> LockedBalanceAsync(IStoreDatabase db, DbConnection connection, DbTransaction transaction, UserKey key) =>
        connection.QuerySingleOrDefaultAsync<int?>(
            $"SELECT balance FROM credit_accounts WHERE platform = @Platform AND scope_id = @ScopeId AND user_id = @UserId{db.LockRow}",
            key,
            transaction);

    private static async Task<int?> RoleAllowanceAsync(IStoreDatabase db, DbConnection connection, DbTransaction? transaction, ConversationScope scope, IReadOnlyCollection<string>? roleIds)
    {
        if (roleIds is not { Count: > 0 })
        {
            return null;
        }

        return await connection.QuerySingleOrDefaultAsync<int?>(
            $"SELECT MAX(credits) FROM role_allowances WHERE platform = @Platform AND scope_id = @Id AND {db.IsIn("role_id", "@roleIds")}",
            new { scope.Platform, scope.Id, roleIds = roleIds.ToArray() },
            transaction);
    }

    /// <summary>Moves the balance by <paramref name="amount"/> and appends the ledger row; returns the new balance.</summary>
    public static async Task<int> ChangeAsync(
        IStoreDatabase db,
        DbConnection connection,
        DbTransaction transaction,
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
            new { key.Platform, key.ScopeId, key.UserId, Kind = KindName(kind), amount, balance, actor, reason, taskId, At = db.Time(now) },
            transaction);
        return balance;
    }

    public static string KindName(LedgerEntryKind kind) => kind.ToString().ToLowerInvariant();

    public static UserKey Key(UserRef user) => new(user.Scope.Platform, user.Scope.Id, user.UserId);

    internal sealed record UserKey(string Platform, string ScopeId, string UserId);
}
