using Dapper;
using Microsoft.Data.Sqlite;
using MusicBot.Infrastructure.Postgres;
using MusicBot.Infrastructure.Sqlite;
using Npgsql;
using static MusicBot.Infrastructure.StoreCopy.CopyPlan;

namespace MusicBot.Infrastructure.StoreCopy;

/// <summary>
/// <c>musicbot migrate-store --to postgres</c>: copies the SQLite store into an empty PostgreSQL database. Both are
/// migrated to this release first. The copy reads one SQLite snapshot and writes one PostgreSQL transaction (binary
/// COPY per table, ids kept, identity sequences moved past them), verifies row counts, every balance and the ledger
/// inside that transaction, and only then commits: a refused or failed copy leaves the target as it was.
/// </summary>
public sealed class StoreCopier(SqliteConnectionFactory source, DatabaseMigrator sourceMigrator, PostgresDatabase target, PostgresMigrator targetMigrator)
{
    private const int ProgressEveryRows = 1000;

    public async Task<StoreCopyResult> CopyAsync(IProgress<StoreCopyProgress>? progress, CancellationToken cancellationToken)
    {
        if (!File.Exists(source.DatabasePath))
        {
            throw new StoreCopyException($"There is no SQLite database at {source.DatabasePath} to copy; point MusicBot:DataDirectory at the old bot's data directory.");
        }

        await sourceMigrator.MigrateAsync(cancellationToken);
        await targetMigrator.MigrateAsync(null, cancellationToken);
        var version = await sourceMigrator.GetVersionAsync(cancellationToken);
        var targetVersion = await targetMigrator.GetVersionAsync(cancellationToken);
        if (version != targetVersion)
        {
            throw new StoreCopyException(
                $"The SQLite database is at schema version {version} and the PostgreSQL one at {targetVersion}, but this release knows up to " +
                $"{targetMigrator.Migrations[^1].Version}; run migrate-store with the release that wrote the newer one.");
        }

        await using var lite = await source.OpenAsync(cancellationToken);
        await using var read = lite.BeginTransaction(deferred: true);
        await using var pg = await target.DataSource.OpenConnectionAsync(cancellationToken);
        await using var write = await pg.BeginTransactionAsync(cancellationToken);
        var plan = await ReadAsync(lite, read, pg, write);

        // Nothing else may write the target meanwhile (a bot started too early waits until the copy commits).
        await pg.ExecuteAsync($"LOCK TABLE {string.Join(", ", plan.Tables.Select(t => Quote(t.Table)))} IN ACCESS EXCLUSIVE MODE", transaction: write);
        await RefuseNonEmptyAsync(pg, write, plan);

        var copied = new List<(string Table, long Rows)>();
        foreach (var (table, columns) in plan.Tables)
        {
            var rows = await CopyTableAsync(lite, read, pg, table, columns, copied.Count + 1, plan.Tables.Count, progress, cancellationToken);
            copied.Add((table, rows));
        }

        await ResetSequencesAsync(pg, write, plan);
        var balances = await CopyVerifier.VerifyAsync(lite, read, pg, write, copied);
        await write.CommitAsync(cancellationToken);
        return new StoreCopyResult(copied, balances, version);
    }

    private static async Task RefuseNonEmptyAsync(NpgsqlConnection pg, NpgsqlTransaction write, CopyPlan plan)
    {
        var filled = new List<string>();
        foreach (var (table, _) in plan.Tables)
        {
            var rows = await pg.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM {Quote(table)}", transaction: write);
            if (rows > 0)
            {
                filled.Add($"{table} ({rows} rows)");
            }
        }

        if (filled.Count > 0)
        {
            throw new StoreCopyException(
                $"The PostgreSQL database {Describe(pg)} already holds data: {string.Join(", ", filled)}. migrate-store copies only into an empty database, " +
                "so nothing was changed: point MusicBot:Database:ConnectionString at a new database (CREATE DATABASE …).");
        }
    }

    private static async Task<long> CopyTableAsync(
        SqliteConnection lite,
        SqliteTransaction read,
        NpgsqlConnection pg,
        string table,
        IReadOnlyList<StoredColumn> columns,
        int number,
        int count,
        IProgress<StoreCopyProgress>? progress,
        CancellationToken cancellationToken)
    {
        var total = await lite.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM {Quote(table)}", transaction: read);
        if (total > 0)
        {
            progress?.Report(new StoreCopyProgress(table, number, count, 0, total));
        }

        var names = string.Join(", ", columns.Select(c => Quote(c.Name)));
        await using var select = lite.CreateCommand();
        select.Transaction = read;
        select.CommandText = $"SELECT {names} FROM {Quote(table)} ORDER BY rowid";
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        await using var importer = await pg.BeginBinaryImportAsync($"COPY {Quote(table)} ({names}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        long rows = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            await importer.StartRowAsync(cancellationToken);
            for (var i = 0; i < columns.Count; i++)
            {
                await columns[i].WriteAsync(importer, reader, i, table, cancellationToken);
            }

            if (++rows % ProgressEveryRows == 0 && rows < total)
            {
                progress?.Report(new StoreCopyProgress(table, number, count, rows, total));
            }
        }

        await importer.CompleteAsync(cancellationToken);
        progress?.Report(new StoreCopyProgress(table, number, count, rows, rows));
        return rows;
    }

    /// <summary>Identity columns got their ids from SQLite; the next new row must come after the highest.</summary>
    private static async Task ResetSequencesAsync(NpgsqlConnection pg, NpgsqlTransaction write, CopyPlan plan)
    {
        foreach (var (table, columns) in plan.Tables)
        {
            foreach (var column in columns.Where(c => c.IsIdentity))
            {
                await pg.ExecuteAsync(
                    $"SELECT setval(pg_get_serial_sequence(@table, @column), COALESCE(MAX({Quote(column.Name)}), 0) + 1, false) FROM {Quote(table)}",
                    new { table = Quote(table), column = column.Name },
                    write);
            }
        }
    }

    private static string Describe(NpgsqlConnection pg) => $"{pg.Database} on {pg.Host}:{pg.Port}";
}
