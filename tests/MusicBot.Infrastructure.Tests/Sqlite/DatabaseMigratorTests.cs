using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using MusicBot.Infrastructure.Sqlite;
using MusicBot.Infrastructure.Storage;
using MusicBot.Testing;

namespace MusicBot.Infrastructure.Tests.Sqlite;

public sealed class DatabaseMigratorTests
{
    [Fact]
    public async Task MigrateAsync_FreshThenAgain_AppliesEachMigrationOnce()
    {
        using var directory = new TestDataDirectory();
        var connections = new SqliteConnectionFactory(directory.Options);
        var migrator = new DatabaseMigrator(connections, NullLogger<DatabaseMigrator>.Instance);

        var first = await migrator.MigrateAsync(CancellationToken.None);
        var second = await migrator.MigrateAsync(CancellationToken.None);

        Assert.Equal(DatabaseMigrator.Discover().Count, first);
        Assert.Equal(0, second);
        await using var connection = await connections.OpenAsync(CancellationToken.None);
        Assert.Equal("wal", await connection.ExecuteScalarAsync<string>("PRAGMA journal_mode"));
        Assert.Equal(first, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM schema_version"));
    }

    [Fact]
    public void Discover_EmbeddedScripts_AreNumberedFromOneWithoutGaps()
    {
        var versions = DatabaseMigrator.Discover().Select(m => m.Version).ToList();

        Assert.Equal(Enumerable.Range(1, versions.Count).Select(v => (long)v), versions);
    }
}
