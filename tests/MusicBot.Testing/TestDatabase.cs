using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MusicBot.Core.Credits;
using MusicBot.Infrastructure.Sqlite;

namespace MusicBot.Testing;

/// <summary>A migrated SQLite file in its own temp directory: the real database, never a fake.</summary>
public sealed class TestDatabase : IDisposable
{
    private TestDatabase(TestDataDirectory directory)
    {
        Directory = directory;
        Connections = new SqliteConnectionFactory(directory.Options);
    }

    public TestDataDirectory Directory { get; }

    public SqliteConnectionFactory Connections { get; }

    /// <summary>Stands still unless a test moves it; it starts where <c>TaskFixtures</c> date their tasks.</summary>
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 21, 12, 0, 0, TimeSpan.Zero));

    public QuotaOptions Quota { get; } = new() { DefaultCredits = 10 };

    public IOptions<QuotaOptions> QuotaOptions => Options.Create(Quota);

    public static async Task<TestDatabase> CreateAsync()
    {
        var database = new TestDatabase(new TestDataDirectory());
        await new DatabaseMigrator(database.Connections, NullLogger<DatabaseMigrator>.Instance).MigrateAsync(CancellationToken.None);
        return database;
    }

    public async Task<T> ScalarAsync<T>(string sql, object? parameters = null)
    {
        await using var connection = await Connections.OpenAsync(CancellationToken.None);
        return await connection.ExecuteScalarAsync<T>(sql, parameters) ?? throw new InvalidOperationException($"No value for: {sql}");
    }

    public async Task<SqliteConnection> OpenAsync() => await Connections.OpenAsync(CancellationToken.None);

    public void Dispose() => Directory.Dispose();
}
