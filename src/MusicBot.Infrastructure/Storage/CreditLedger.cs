using System.Data.Common;
using Dapper;
using Microsoft.Extensions.Options;
using MusicBot.Core.Conversations;
using MusicBot.Core.Credits;

namespace MusicBot.Infrastructure.Storage;

/// <summary>Balances and admin operations over the append-only ledger; see <see cref="LedgerWriter"/>.</summary>
public sealed class CreditLedger(IStoreDatabase db, IOptions<QuotaOptions> quota, TimeProvider time) : ICreditLedger
{
    public Task<CreditAccount> GetAccountAsync(UserRef user, CancellationToken cancellationToken) =>
        GetAccountAsync(user, [], cancellationToken);

    public async Task<CreditAccount> GetAccountAsync(UserRef user, IReadOnlyCollection<string> roleIds, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        await using (var transaction = await db.BeginWriteAsync(connection, cancellationToken))
        {
            await LedgerWriter.EnsureAccountAsync(db, connection, transaction, user, quota.Value.DefaultCredits, time.GetUtcNow(), roleIds);
            await transaction.CommitAsync(cancellationToken);
        }

        return await ReadAccountAsync(connection, user);
    }

    public async Task<CreditAccount> PeekAccountAsync(UserRef user, IReadOnlyCollection<string> roleIds, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var key = LedgerWriter.Key(user);
        var exists = await connection.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM credit_accounts WHERE platform = @Platform AND scope_id = @ScopeId AND user_id = @UserId",
            key) > 0;
        if (exists)
        {
            return await ReadAccountAsync(connection, user);
        }

        // The same choice EnsureAccountAsync makes on first use, and the same figures its grant row then shows.
        var allowance = await LedgerWriter.StartingAllowanceAsync(db, connection, null, user, quota.Value.DefaultCredits, roleIds);
        return new CreditAccount(user, allowance, Reserved: 0, Charged: 0, Refunded: 0, Granted: allowance);
    }

    public Task<CreditAccount> GrantAsync(UserRef user, int amount, string actor, string reason, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(amount);
        return ChangeAsync(user, _ => amount, LedgerEntryKind.Grant, actor, reason, cancellationToken);
    }

    public Task<CreditAccount> SetAsync(UserRef user, int balance, string actor, string reason, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(balance);
        return ChangeAsync(user, current => balance - current, LedgerEntryKind.Set, actor, reason, cancellationToken);
    }

    public async Task<int> GetScopeDefaultAsync(ConversationScope scope, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return await LedgerWriter.ScopeDefaultAsync(connection, null, scope, quota.Value.DefaultCredits);
    }

    public async Task SetScopeDefaultAsync(ConversationScope scope, int credits, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentOutOfRangeException.ThrowIfNegative(credits);
        await using var connection = await db.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            """
            INSERT INTO scope_settings (platform, scope_id, default_credits, updated_by, updated_at)
            VALUES (@Platform, @Id, @credits, @actor, @at)
            ON CONFLICT (platform, scope_id) DO UPDATE SET
                default_credits = excluded.default_credits, updated_by = excluded.updated_by, updated_at = excluded.updated_at
            """,
            new { scope.Platform, scope.Id, credits, actor, at = db.Time(time.GetUtcNow()) });
    }

    public async Task SetRoleAllowanceAsync(ConversationScope scope, string roleId, int? credits, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentException.ThrowIfNullOrWhiteSpace(roleId);
        await using var connection = await db.OpenAsync(cancellationToken);
        if (credits is not { } allowance)
        {
            await connection.ExecuteAsync(
                "DELETE FROM role_allowances WHERE platform = @Platform AND scope_id = @Id AND role_id = @roleId",
                new { scope.Platform, scope.Id, roleId });
            return;
        }

        ArgumentOutOfRangeException.ThrowIfNegative(allowance);
        await connection.ExecuteAsync(
            """
            INSERT INTO role_allowances (platform, scope_id, role_id, credits, updated_by, updated_at)
            VALUES (@Platform, @Id, @roleId, @allowance, @actor, @at)
            ON CONFLICT (platform, scope_id, role_id) DO UPDATE SET
                credits = excluded.credits, updated_by = excluded.updated_by, updated_at = excluded.updated_at
            """,
            new { scope.Platform, scope.Id, roleId, allowance, actor, at = db.Time(time.GetUtcNow()) });
    }

    public async Task<IReadOnlyDictionary<string, int>> GetRoleAllowancesAsync(ConversationScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await using var connection = await db.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string RoleId, int Credits)>(
            "SELECT role_id, credits FROM role_allowances WHERE platform = @Platform AND scope_id = @Id ORDER BY role_id",
            new { scope.Platform, scope.Id });
        return rows.ToDictionary(r => r.RoleId, r => r.Credits, StringComparer.Ordinal);
    }

    public async Task<IReadOnlyList<LedgerEntry>> GetEntriesAsync(UserRef user, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var key = LedgerWriter.Key(user);
        var rows = await connection.QueryAsync<LedgerRow>(
            """
            SELECT id, kind, amount, balance_after AS BalanceAfter, actor, reason, task_id AS TaskId, created_at AS CreatedAt
            FROM credit_ledger WHERE platform = @Platform AND scope_id = @ScopeId AND user_id = @UserId
            ORDER BY id DESC LIMIT @limit
            """,
            new { key.Platform, key.ScopeId, key.UserId, limit });
        return [.. rows.Select(r => new LedgerEntry(
            r.Id, Enum.Parse<LedgerEntryKind>(r.Kind, ignoreCase: true), (int)r.Amount, (int)r.BalanceAfter, r.Actor, r.Reason, r.TaskId, r.CreatedAt))];
    }

    public async Task<IReadOnlyList<CreditAccount>> ListAccountsAsync(ConversationScope? scope, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var keys = await connection.QueryAsync<(string Platform, string ScopeId, string UserId)>(
            """
            SELECT platform, scope_id, user_id FROM credit_accounts
            WHERE @Platform IS NULL OR (platform = @Platform AND scope_id = @Id)
            ORDER BY platform, scope_id, user_id LIMIT @limit
            """,
            new { scope?.Platform, scope?.Id, limit });
        var accounts = new List<CreditAccount>();
        foreach (var (platform, scopeId, userId) in keys)
        {
            accounts.Add(await ReadAccountAsync(connection, new UserRef(new ConversationScope(platform, scopeId), userId)));
        }

        return accounts;
    }

    private async Task<CreditAccount> ChangeAsync(UserRef user, Func<int, int> delta, LedgerEntryKind kind, string actor, string reason, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        await using (var transaction = await db.BeginWriteAsync(connection, cancellationToken))
        {
            var now = time.GetUtcNow();
            var current = await LedgerWriter.EnsureAccountAsync(db, connection, transaction, user, quota.Value.DefaultCredits, now);
            await LedgerWriter.ChangeAsync(db, connection, transaction, user, kind, delta(current), actor, reason, null, now);
            await transaction.CommitAsync(cancellationToken);
        }

        return await ReadAccountAsync(connection, user);
    }

    private static async Task<CreditAccount> ReadAccountAsync(DbConnection connection, UserRef user)
    {
        var key = LedgerWriter.Key(user);
        var summary = await connection.QuerySingleAsync<AccountRow>(
            """
            SELECT
                (SELECT balance FROM credit_accounts a WHERE a.platform = @Platform AND a.scope_id = @ScopeId AND a.user_id = @UserId) AS Balance,
                COALESCE(SUM(CASE WHEN l.kind = 'reserve' AND NOT EXISTS (
                    SELECT 1 FROM credit_ledger s WHERE s.task_id = l.task_id AND s.kind IN ('capture', 'refund')) THEN -l.amount END), 0) AS Reserved,
                COALESCE(SUM(CASE WHEN l.kind = 'capture' THEN (SELECT -r.amount FROM credit_ledger r WHERE r.task_id = l.task_id AND r.kind = 'reserve') END), 0) AS Charged,
                COALESCE(SUM(CASE WHEN l.kind = 'refund' THEN l.amount END), 0) AS Refunded,
                COALESCE(SUM(CASE WHEN l.kind = 'grant' THEN l.amount END), 0) AS Granted
            FROM credit_ledger l
            WHERE l.platform = @Platform AND l.scope_id = @ScopeId AND l.user_id = @UserId
            """,
            key);
        return new CreditAccount(user, (int)summary.Balance, (int)summary.Reserved, (int)summary.Charged, (int)summary.Refunded, (int)summary.Granted);
    }

    // Classes, not positional records: Dapper converts each engine's integer width into a property, not a constructor.
    private sealed class AccountRow
    {
        public long Balance { get; init; }

        public long Reserved { get; init; }

        public long Charged { get; init; }

        public long Refunded { get; init; }

        public long Granted { get; init; }
    }

    private sealed class LedgerRow
    {
        public long Id { get; init; }

        public string Kind { get; init; } = "";

        public long Amount { get; init; }

        public long BalanceAfter { get; init; }

        public string Actor { get; init; } = "";

        public string Reason { get; init; } = "";

        public long? TaskId { get; init; }

        public DateTimeOffset CreatedAt { get; init; }
    }
}
