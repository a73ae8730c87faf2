using Dapper;
using Microsoft.Extensions.Logging;
using MusicBot.Infrastructure.Storage;

namespace MusicBot.Infrastructure.Sqlite;

/// <summary>
/// Applies the embedded <c>Migrations/NNNN_name.sql</c> files in order, each in its own transaction together
/// with its row in <c>schema_version</c>. A failing migration throws, which stops start-up.
/// </summary>
public sealed partial class DatabaseMigrator(SqliteConnectionFactory connections, ILogger<DatabaseMigrator> logger) : IStoreMigrator
{
    private readonly SqliteDatabase _database = new(connections);

    public IReadOnlyList<(long Version, string Name)> Migrations => Discover();

    /// <summary>Applies pending migrations; returns how many were applied.</summary>
    public Task<int> MigrateAsync(CancellationToken cancellationToken) => MigrateAsync(null, cancellationToken);

    /// <summary>Applies pending migrations, reporting each before and after it runs (for the admin CLI); returns how many were applied.</summary>
    public async Task<int> MigrateAsync(IProgress<MigrationStep>? progress, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync("PRAGMA journal_mode = WAL;");
        await connection.ExecuteAsync("""
            CREATE TABLE IF NOT EXISTS schema_version (
                version     INTEGER PRIMARY KEY,
                name        TEXT NOT NULL,
                applied_at  TEXT NOT NULL
            );
            """);
        return await PendingMigrations.ApplyAsync(
            _database, connection, MigrationScripts.Sqlite, TimeProvider.System, progress, LogApplied, cancellationToken, SqliteTableRebuild.Instance);
    }

    /// <summary>The highest applied migration, or 0 for a database that has never been migrated.</summary>
    public async Task<long> GetVersionAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var hasTable = await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'");
        return hasTable == 0 ? 0 : await connection.ExecuteScalarAsync<long>("SELECT COALESCE(MAX(version), 0) FROM schema_version");
    }

    /// <summary>The embedded SQLite migrations, ordered by their number.</summary>
    public static IReadOnlyList<(long Version, string Name)> Discover() => MigrationScripts.Sqlite.Discover();

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Applied database migration {Version} ({Name})")]
    private partial void LogApplied(long version, string name);
}
