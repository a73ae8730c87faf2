using Dapper;
using Microsoft.Extensions.Options;
using MusicBot.Core.Configuration;
using MusicBot.Infrastructure.Sqlite;

namespace MusicBot.Testing;

/// <summary>Reads the database a bot process left in its data directory.</summary>
public static class DatabaseFile
{
    public static async Task<T> ScalarAsync<T>(string dataDirectory, string sql, object? parameters = null)
    {
        var connections = new SqliteConnectionFactory(Options.Create(new MusicBotOptions { DataDirectory = dataDirectory }));
        await using var connection = await connections.OpenAsync(CancellationToken.None);
        return await connection.ExecuteScalarAsync<T>(sql, parameters) ?? throw new InvalidOperationException($"No value for: {sql}");
    }

    /// <summary>SQL (both engines) counting accounts whose balance differs from the sum of their ledger rows.</summary>
    public const string LedgerMismatches = """
        SELECT COUNT(*) FROM credit_accounts a
        WHERE a.balance <> (SELECT COALESCE(SUM(amount), 0) FROM credit_ledger l
                            WHERE l.platform = a.platform AND l.scope_id = a.scope_id AND l.user_id = a.user_id)
        """;

    /// <summary>Accounts whose balance differs from the sum of their ledger rows (always 0 when the ledger balances).</summary>
    public static Task<long> LedgerMismatchesAsync(string dataDirectory) => ScalarAsync<long>(dataDirectory, LedgerMismatches);
}
