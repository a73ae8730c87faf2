using Dapper;
using Microsoft.Extensions.Logging;
using MusicBot.Infrastructure.Storage;
using Npgsql;

namespace MusicBot.Infrastructure.Postgres;

/// <summary>
/// Applies the embedded <c>Postgres/Migrations/NNNN_name.sql</c> in order, each in its own transaction with its row
/// in <c>schema_version</c>. Instances that start together queue on one advisory lock: the first applies what is
/// pending, the others then find nothing left to do. A failing migration throws, which stops start-up.
/// </summary>
public sealed partial class PostgresMigrator(PostgresDatabase database, TimeProvider time, ILogger<PostgresMigrator> logger) : IStoreMigrator
{
    // Any constant the bot owns; pg_advisory_lock keys are per database, so two bots on two databases never meet.
    private const long MigrationLockKey = 0x4D75_7369_6342_6F74; // "MusicBot"

    public IReadOnlyList<(long Version, string Name)> Migrations => MigrationScripts.Postgres.Discover();

    public async Task<int> MigrateAsync(IProgress<MigrationStep>? progress, CancellationToken cancellationToken)
    {
        await using var connection = await database.DataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync("SELECT pg_advisory_lock(@MigrationLockKey)", new { MigrationLockKey });
        try
        {
            return await ApplyPendingAsync(connection, progress, cancellationToken);
        }
        finally
        {
            await connection.ExecuteAsync("SELECT pg_advisory_unlock(@MigrationLockKey)", new { MigrationLockKey });
        }
    }

    public async Task<long> GetVersionAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.DataSource.OpenConnectionAsync(cancellationToken);
        var hasTable = await connection.ExecuteScalarAsync<bool>("SELECT to_regclass('schema_version') IS NOT NULL");
        return hasTable ? await connection.ExecuteScalarAsync<long>("SELECT COALESCE(MAX(version), 0) FROM schema_version") : 0;
    }

    private async Task<int> ApplyPendingAsync(NpgsqlConnection connection, IProgress<MigrationStep>? progress, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync("""
            CREATE TABLE IF NOT EXISTS schema_version (
                version     bigint PRIMARY KEY,
                name        text NOT NULL,
                applied_at  timestamptz NOT NULL
            );
            """);
        return await PendingMigrations.ApplyAsync(database, connection, MigrationScripts.Postgres, time, progress, LogApplied, cancellationToken);
    }

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "Applied database migration {Version} ({Name})")]
    private partial void LogApplied(long version, string name);
}
