using System.Data.Common;
using Dapper;

namespace MusicBot.Infrastructure.Storage;

/// <summary>
/// The migration loop both engines share: each pending script runs in its own write transaction together with its
/// row in <c>schema_version</c>, reported before and after it runs. The engine's migrator opens the connection,
/// creates <c>schema_version</c> in its own types, holds whatever lock it needs around this, and may add steps
/// around one script (<see cref="MigrationRun"/>).
/// </summary>
internal static class PendingMigrations
{
    public static async Task<int> ApplyAsync(
        IStoreDatabase db,
        DbConnection connection,
        MigrationScripts scripts,
        TimeProvider time,
        IProgress<MigrationStep>? progress,
        Action<long, string> applied,
        CancellationToken cancellationToken,
        MigrationRun? run = null)
    {
        run ??= MigrationRun.Plain;
        var done = (await connection.QueryAsync<long>("SELECT version FROM schema_version")).ToHashSet();
        var pending = scripts.Discover().Where(m => !done.Contains(m.Version)).ToList();
        var count = 0;
        foreach (var (version, name) in pending)
        {
            progress?.Report(new MigrationStep(count + 1, pending.Count, version, name, IsApplied: false));
            var script = scripts.Read(name);
            await run.AroundAsync(connection, script, async () =>
            {
                await using var transaction = await db.BeginWriteAsync(connection, cancellationToken);
                await connection.ExecuteAsync(script, transaction: transaction);
                await run.BeforeCommitAsync(connection, transaction, name, script);
                await connection.ExecuteAsync(
                    "INSERT INTO schema_version (version, name, applied_at) VALUES (@version, @name, @at)",
                    new { version, name, at = db.Time(time.GetUtcNow()) },
                    transaction);
                await transaction.CommitAsync(cancellationToken);
            });
            applied(version, name);
            count++;
            progress?.Report(new MigrationStep(count, pending.Count, version, name, IsApplied: true));
        }

        return count;
    }
}
