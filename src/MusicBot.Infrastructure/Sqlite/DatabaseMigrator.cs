using System.Reflection;
using Dapper;
using Microsoft.Extensions.Logging;

namespace MusicBot.Infrastructure.Sqlite;

/// <summary>
/// Applies the embedded <c>Migrations/NNNN_name.sql</c> files in order, each in its own transaction together
/// with its row in <c>schema_version</c>. A failing migration throws, which stops start-up.
/// </summary>
public sealed partial class DatabaseMigrator(SqliteConnectionFactory connections, ILogger<DatabaseMigrator> logger)
{
    private const string ResourcePrefix = "MusicBot.Infrastructure.Sqlite.Migrations.";

    /// <summary>The first line of a migration that rebuilds a table other tables reference.</summary>
    private const string ForeignKeysOffMarker = "-- musicbot: foreign_keys off";

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
        var applied = (await connection.QueryAsync<long>("SELECT version FROM schema_version")).ToHashSet();
        var pending = Discover().Where(m => !applied.Contains(m.Version)).ToList();
        var count = 0;
        foreach (var (version, name) in pending)
        {
            progress?.Report(new MigrationStep(count + 1, pending.Count, version, name, IsApplied: false));
            var script = ReadScript(name);
            var rebuildsTables = script.StartsWith(ForeignKeysOffMarker, StringComparison.Ordinal);
            if (rebuildsTables)
            {
                // SQLite's table rebuild procedure: foreign keys off outside the transaction (the pragma is ignored
                // inside one), every reference checked before the commit, and on again afterwards.
                await connection.ExecuteAsync("PRAGMA foreign_keys = OFF;");
            }

            try
            {
                await using var transaction = connection.BeginTransaction(deferred: false);
                await connection.ExecuteAsync(script, transaction: transaction);
                if (rebuildsTables)
                {
                    var broken = (await connection.QueryAsync<string>("SELECT \"table\" FROM pragma_foreign_key_check", transaction: transaction)).ToList();
                    if (broken.Count > 0)
                    {
                        throw new InvalidOperationException($"Migration {name} would leave rows of {string.Join(", ", broken.Distinct())} without their parent.");
                    }
                }

                await connection.ExecuteAsync(
                    "INSERT INTO schema_version (version, name, applied_at) VALUES (@version, @name, @at)",
                    new { version, name, at = DbTime.Format(DateTimeOffset.UtcNow) },
                    transaction);
                await transaction.CommitAsync(cancellationToken);
            }
            finally
            {
                if (rebuildsTables)
                {
                    await connection.ExecuteAsync("PRAGMA foreign_keys = ON;");
                }
            }

            LogApplied(version, name);
            count++;
            progress?.Report(new MigrationStep(count, pending.Count, version, name, IsApplied: true));
        }

        return count;
    }

    /// <summary>The highest applied migration, or 0 for a database that has never been migrated.</summary>
    public async Task<long> GetVersionAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var hasTable = await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'");
        return hasTable == 0 ? 0 : await connection.ExecuteScalarAsync<long>("SELECT COALESCE(MAX(version), 0) FROM schema_version");
    }

    /// <summary>The embedded migrations, ordered by their number.</summary>
    public static IReadOnlyList<(long Version, string Name)> Discover() =>
    [
        .. typeof(DatabaseMigrator).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => n[ResourcePrefix.Length..])
            .Select(n => (Version: long.Parse(n[..n.IndexOf('_', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture), Name: n))
            .OrderBy(m => m.Version),
    ];

    private static string ReadScript(string name)
    {
        using var stream = typeof(DatabaseMigrator).Assembly.GetManifestResourceStream(ResourcePrefix + name)
            ?? throw new InvalidOperationException($"Migration {name} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Applied database migration {Version} ({Name})")]
    private partial void LogApplied(long version, string name);
}
