using Dapper;
using MusicBot.Infrastructure.Postgres;
using MusicBot.Infrastructure.Storage;
using MusicBot.Testing;

namespace MusicBot.Infrastructure.Tests.Postgres;

public sealed class PostgresHealthCheckTests : IClassFixture<PostgresStoreFixture>
{
    [StoreFact]
    public async Task CheckAsync_MigratedDatabase_IsHealthyAndCommitsAWrite()
    {
        await using var store = await PostgresTestStore.CreateAsync();
        await using var connection = await store.Postgres.DataSource.OpenConnectionAsync();
        const string RowVersion = "SELECT xmin::text FROM schema_version ORDER BY version DESC LIMIT 1";
        var before = await connection.ExecuteScalarAsync<string>(RowVersion);

        var report = await new PostgresHealthCheck(store.Postgres).CheckAsync(CancellationToken.None);

        Assert.True(report.IsHealthy, report.Detail);
        Assert.Equal($"writable, schema version {MigrationScripts.Postgres.Discover()[^1].Version}", report.Detail);
        // A committed update gives the row a new version (xmin is the transaction that wrote it).
        Assert.NotEqual(before, await connection.ExecuteScalarAsync<string>(RowVersion));
    }

    [StoreFact]
    public async Task CheckAsync_DatabaseNeverMigrated_IsUnhealthy()
    {
        await using var empty = await PostgresTestServer.CreateEmptyAsync();
        await using var db = new PostgresDatabase(empty.ConnectionString);

        var report = await new PostgresHealthCheck(db).CheckAsync(CancellationToken.None);

        Assert.False(report.IsHealthy);
        Assert.Equal($"{db.Target} is not migrated yet", report.Detail);
    }

    [StoreFact]
    public async Task CheckAsync_WrongPassword_IsUnhealthyWithoutThePassword()
    {
        var wrong = new Npgsql.NpgsqlConnectionStringBuilder(PostgresTestServer.AdminConnectionString) { Password = "not-the-Secret-42" }.ConnectionString;
        await using var db = new PostgresDatabase(wrong);

        var report = await new PostgresHealthCheck(db).CheckAsync(CancellationToken.None);

        Assert.False(report.IsHealthy);
        Assert.Contains("password authentication failed", report.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain("not-the-Secret-42", report.Detail, StringComparison.Ordinal);
    }
}
