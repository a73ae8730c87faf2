using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using MusicBot.Infrastructure.Postgres;
using MusicBot.Infrastructure.Storage;
using MusicBot.Testing;

namespace MusicBot.Infrastructure.Tests.Postgres;

public sealed class PostgresMigratorTests : IClassFixture<PostgresStoreFixture>
{
    [StoreFact]
    public async Task MigrateAsync_FourInstancesStartingAtOnce_ApplyEachMigrationExactlyOnce()
    {
        await using var empty = await PostgresTestServer.CreateEmptyAsync();
        var instances = Enumerable.Range(0, 4).Select(_ => new PostgresDatabase(empty.ConnectionString)).ToList();
        try
        {
            var applied = await Task.WhenAll(instances.Select(db => Task.Run(() => Migrator(db).MigrateAsync(null, CancellationToken.None))));
            var again = await Migrator(instances[0]).MigrateAsync(null, CancellationToken.None);

            var count = MigrationScripts.Postgres.Discover().Count;
            Assert.Equal(count, applied.Sum());
            Assert.Equal(1, applied.Count(a => a > 0));
            Assert.Equal(0, again);
            await using var connection = await instances[0].DataSource.OpenConnectionAsync();
            Assert.Equal(count, await connection.ExecuteScalarAsync<long>("SELECT COUNT(DISTINCT version) FROM schema_version"));
            Assert.Equal(count, await Migrator(instances[1]).GetVersionAsync(CancellationToken.None));
        }
        finally
        {
            foreach (var db in instances)
            {
                await db.DisposeAsync();
            }
        }
    }

    [StoreFact]
    public async Task GetVersionAsync_NeverMigrated_IsZero()
    {
        await using var empty = await PostgresTestServer.CreateEmptyAsync();
        await using var db = new PostgresDatabase(empty.ConnectionString);

        Assert.Equal(0, await Migrator(db).GetVersionAsync(CancellationToken.None));
    }

    [StoreFact]
    public async Task MigrateAsync_Fresh_GivesTheTablesColumnsAndIndexesOfTheSqliteSchema()
    {
        using var sqlite = await TestDatabase.CreateAsync();
        await using var postgres = await PostgresTestStore.CreateAsync();
        await using var lite = await sqlite.OpenAsync();
        await using var pg = await postgres.Postgres.DataSource.OpenConnectionAsync();

        var liteColumns = await lite.QueryAsync<string>("""
            SELECT m.name || '.' || p.name || CASE WHEN p."notnull" = 1 OR p.pk > 0 THEN ' not null' ELSE ' null' END
            FROM sqlite_master m JOIN pragma_table_info(m.name) p
            WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'
            """);
        var pgColumns = await pg.QueryAsync<string>("""
            SELECT table_name || '.' || column_name || CASE WHEN is_nullable = 'NO' THEN ' not null' ELSE ' null' END
            FROM information_schema.columns WHERE table_schema = 'public'
            """);
        var liteIndexes = await lite.QueryAsync<string>("SELECT tbl_name || '.' || name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%'");
        var pgIndexes = await pg.QueryAsync<string>("SELECT tablename || '.' || indexname FROM pg_indexes WHERE schemaname = 'public' AND (indexname LIKE 'ix\\_%' OR indexname LIKE 'ux\\_%')");

        Assert.Equal(liteColumns.Order(StringComparer.Ordinal), pgColumns.Order(StringComparer.Ordinal));
        Assert.Equal(liteIndexes.Order(StringComparer.Ordinal), pgIndexes.Order(StringComparer.Ordinal));
    }

    private static PostgresMigrator Migrator(PostgresDatabase db) => new(db, TimeProvider.System, NullLogger<PostgresMigrator>.Instance);
}
