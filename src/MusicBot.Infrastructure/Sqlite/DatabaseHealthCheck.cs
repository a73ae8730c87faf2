using System.Globalization;
using Dapper;
using MusicBot.Core.Observability;

namespace MusicBot.Infrastructure.Sqlite;

/// <summary>
/// Readiness of the store: the database opens, is migrated, and takes a committed write (a full disk, a read-only
/// volume or a lock held too long all fail here, not later in a user's request).
/// </summary>
public sealed class DatabaseHealthCheck(SqliteConnectionFactory connections, TimeProvider time) : IHealthCheck
{
    // Shorter than the 10 s the workers wait: a probe answers quickly, and a lock held this long is worth reporting.
    private const int ProbeBusyTimeoutMs = 2000;

    public string Name => "database";

    public async Task<HealthReport> CheckAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(connections.DatabasePath))
        {
            return HealthReport.Unhealthy($"no database at {connections.DatabasePath}");
        }

        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync($"PRAGMA busy_timeout = {ProbeBusyTimeoutMs};");
        var isMigrated = await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'") > 0;
        var version = isMigrated ? await connection.ExecuteScalarAsync<long?>("SELECT MAX(version) FROM schema_version") : null;
        if (version is null)
        {
            return HealthReport.Unhealthy("database is not migrated yet");
        }

        // A real write, committed. SQLite skips row updates that change nothing, so the probe stores the time of its
        // write in the header's user_version, which nothing else uses (migrations are tracked in schema_version).
        var stamp = time.GetUtcNow().ToUnixTimeSeconds() % int.MaxValue;
        await connection.ExecuteAsync($"PRAGMA user_version = {stamp.ToString(CultureInfo.InvariantCulture)};");
        return HealthReport.Healthy($"writable, schema version {version}");
    }
}
