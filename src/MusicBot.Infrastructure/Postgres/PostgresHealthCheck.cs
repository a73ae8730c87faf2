using Dapper;
using MusicBot.Core.Observability;
using Npgsql;

namespace MusicBot.Infrastructure.Postgres;

/// <summary>
/// Readiness of the PostgreSQL store: the server answers, the schema is migrated, and it commits a write (a standby,
/// a read-only or full server, or a lock held too long all fail here, not later in a user's request).
/// </summary>
public sealed class PostgresHealthCheck(PostgresDatabase database) : IHealthCheck
{
    // Shorter than a worker's wait: a probe answers quickly, and a lock held this long is worth reporting.
    private const int ProbeTimeoutSeconds = 2;

    public string Name => "database";

    public async Task<HealthReport> CheckAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await database.DataSource.OpenConnectionAsync(cancellationToken);
            var isMigrated = await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
                "SELECT to_regclass('schema_version') IS NOT NULL", commandTimeout: ProbeTimeoutSeconds, cancellationToken: cancellationToken));
            var version = isMigrated
                ? await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
                    "SELECT MAX(version) FROM schema_version", commandTimeout: ProbeTimeoutSeconds, cancellationToken: cancellationToken))
                : null;
            if (version is null)
            {
                return HealthReport.Unhealthy($"{database.Target} is not migrated yet");
            }

            // A real write, committed: the newest schema_version row is rewritten unchanged.
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE schema_version SET applied_at = applied_at WHERE version = @version",
                new { version },
                transaction,
                ProbeTimeoutSeconds,
                cancellationToken: cancellationToken));
            await transaction.CommitAsync(cancellationToken);
            return HealthReport.Healthy($"writable, schema version {version}");
        }
        catch (NpgsqlException ex)
        {
            // Npgsql's messages name the server and the problem, never the password.
            return HealthReport.Unhealthy($"{database.Target}: {ex.Message}");
        }
    }
}
