using Dapper;
using Npgsql;

namespace MusicBot.Testing;

/// <summary>A database of its own on the test server, dropped (with any connection left to it) on dispose.</summary>
public sealed class TestPostgresDatabase(string name, string connectionString) : IAsyncDisposable
{
    public string Name { get; } = name;

    public string ConnectionString { get; } = connectionString;

    /// <summary>One value, read on a connection of its own (what a bot process left in the database).</summary>
    public async Task<T> ScalarAsync<T>(string sql, object? parameters = null)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        return await connection.ExecuteScalarAsync<T>(sql, parameters) ?? throw new InvalidOperationException($"No value for: {sql}");
    }

    public async ValueTask DisposeAsync() => await PostgresTestServer.DropAsync(Name);
}
