using Dapper;
using Microsoft.Data.Sqlite;
using Npgsql;
using static MusicBot.Infrastructure.StoreCopy.CopyPlan;

namespace MusicBot.Infrastructure.StoreCopy;

/// <summary>Checks a copy before it commits: the same rows per table, every account's balance, and a ledger that adds up.</summary>
internal static class CopyVerifier
{
    private const string Balances = "SELECT platform, scope_id, user_id, balance FROM credit_accounts";

    private const string LedgerMismatches = """
        SELECT COUNT(*) FROM credit_accounts a
        WHERE a.balance <> (SELECT COALESCE(SUM(l.amount), 0) FROM credit_ledger l
                            WHERE l.platform = a.platform AND l.scope_id = a.scope_id AND l.user_id = a.user_id)
        """;

    /// <summary>Throws <see cref="StoreCopyException"/> on any difference; returns how many balances were compared.</summary>
    public static async Task<int> VerifyAsync(SqliteConnection lite, SqliteTransaction read, NpgsqlConnection pg, NpgsqlTransaction write, IReadOnlyList<(string Table, long Rows)> copied)
    {
        foreach (var (table, rows) in copied)
        {
            var inTarget = await pg.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM {Quote(table)}", transaction: write);
            if (inTarget != rows)
            {
                throw new StoreCopyException($"{table}: {rows} rows read from SQLite but {inTarget} in PostgreSQL; nothing was committed.");
            }
        }

        var expected = (await lite.QueryAsync<(string Platform, string ScopeId, string UserId, long Balance)>(Balances, transaction: read))
            .ToDictionary(a => (a.Platform, a.ScopeId, a.UserId), a => a.Balance);
        var actual = (await pg.QueryAsync<(string Platform, string ScopeId, string UserId, long Balance)>(Balances, transaction: write))
            .ToDictionary(a => (a.Platform, a.ScopeId, a.UserId), a => a.Balance);
        var wrong = expected.Where(a => !actual.TryGetValue(a.Key, out var balance) || balance != a.Value).Select(a => a.Key).ToList();
        if (wrong.Count > 0 || actual.Count != expected.Count)
        {
            throw new StoreCopyException(
                $"{wrong.Count} balance(s) differ after the copy (first: {string.Join(", ", wrong.Take(3).Select(k => $"{k.Platform}/{k.ScopeId}/{k.UserId}"))}); nothing was committed.");
        }

        var mismatches = await pg.ExecuteScalarAsync<long>(LedgerMismatches, transaction: write);
        if (mismatches > 0)
        {
            var inSource = await lite.ExecuteScalarAsync<long>(LedgerMismatches, transaction: read);
            throw new StoreCopyException(
                $"{mismatches} account(s) in the copy do not equal the sum of their ledger rows ({inSource} already in the SQLite database); nothing was committed.");
        }

        return expected.Count;
    }
}
