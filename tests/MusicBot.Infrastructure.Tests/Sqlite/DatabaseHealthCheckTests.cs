using Dapper;
using MusicBot.Infrastructure.Sqlite;
using MusicBot.Infrastructure.Storage;
using MusicBot.Testing;

namespace MusicBot.Infrastructure.Tests.Sqlite;

public sealed class DatabaseHealthCheckTests
{
    [Fact]
    public async Task CheckAsync_MigratedDatabase_IsHealthyAndCommitsAWrite()
    {
        using var db = await TestDatabase.CreateAsync();
        await using var observer = await db.OpenAsync();
        var versionBefore = await observer.ExecuteScalarAsync<long>("PRAGMA data_version");

        var report = await new DatabaseHealthCheck(db.Connections, db.Time).CheckAsync(CancellationToken.None);

        Assert.True(report.IsHealthy, report.Detail);
        Assert.Equal($"writable, schema version {DatabaseMigrator.Discover()[^1].Version}", report.Detail);
        // data_version moves when another connection commits a change to the file.
        Assert.NotEqual(versionBefore, await observer.ExecuteScalarAsync<long>("PRAGMA data_version"));
        Assert.Equal(db.Time.GetUtcNow().ToUnixTimeSeconds(), await observer.ExecuteScalarAsync<long>("PRAGMA user_version"));
    }

    [Fact]
    public async Task CheckAsync_NoDatabaseFile_IsUnhealthyAndCreatesNothing()
    {
        using var directory = new TestDataDirectory();
        var connections = new SqliteConnectionFactory(directory.Options);

        var report = await new DatabaseHealthCheck(connections, TimeProvider.System).CheckAsync(CancellationToken.None);

        Assert.False(report.IsHealthy);
        Assert.StartsWith("no database at ", report.Detail, StringComparison.Ordinal);
        Assert.False(File.Exists(connections.DatabasePath));
    }

    [Fact]
    public async Task CheckAsync_DatabaseNeverMigrated_IsUnhealthy()
    {
        using var directory = new TestDataDirectory();
        var connections = new SqliteConnectionFactory(directory.Options);
        await (await connections.OpenAsync(CancellationToken.None)).DisposeAsync();

        var report = await new DatabaseHealthCheck(connections, TimeProvider.System).CheckAsync(CancellationToken.None);

        Assert.False(report.IsHealthy);
        Assert.Equal("database is not migrated yet", report.Detail);
    }
}
