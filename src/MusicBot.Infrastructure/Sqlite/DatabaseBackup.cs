using Dapper;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace MusicBot.Infrastructure.Sqlite;

/// <summary>
/// Copies the live database with SQLite's online backup API, safe while the bot runs. The copy goes in steps so it
/// can report progress and never holds a read snapshot for long; when the bot writes between two steps SQLite
/// restarts the copy, and after a few restarts the rest is copied in one step (in WAL mode a reader does not block
/// the bot's writers, so that is still safe). The result is checked, switched to a self-contained rollback-journal
/// file, and only then moved to the destination, so a failed backup never leaves a half-written file there.
/// </summary>
public sealed class DatabaseBackup(SqliteConnectionFactory connections, TimeProvider time)
{
    private const int PagesPerStep = 256;
    private const int RestartsBeforeOneStep = 3;
    private static readonly TimeSpan BusyPause = TimeSpan.FromMilliseconds(50);

    public async Task<BackupResult> BackupAsync(string destination, bool overwrite, IProgress<BackupProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(destination);
        var target = Path.GetFullPath(destination);
        if (!File.Exists(connections.DatabasePath))
        {
            throw new FileNotFoundException($"There is no database at {connections.DatabasePath} to back up; check MusicBot:DataDirectory.", connections.DatabasePath);
        }

        if (string.Equals(target, connections.DatabasePath, StringComparison.Ordinal))
        {
            throw new IOException("The backup file cannot be the live database itself.");
        }

        if (File.Exists(target) && !overwrite)
        {
            throw new IOException($"{target} already exists; choose another file or pass --force to replace it.");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var partial = $"{target}.partial-{Guid.NewGuid():N}";
        try
        {
            var (pages, restarts) = await CopyAsync(partial, progress, cancellationToken);
            var rows = await FinishCopyAsync(partial, cancellationToken);
            File.Move(partial, target, overwrite);
            return new BackupResult(target, new FileInfo(target).Length, pages, restarts, rows);
        }
        finally
        {
            File.Delete(partial);
        }
    }

    private async Task<(int Pages, int Restarts)> CopyAsync(string partial, IProgress<BackupProgress>? progress, CancellationToken cancellationToken)
    {
        await using var source = await connections.OpenAsync(cancellationToken);
        await using var copy = OpenFile(partial);
        await copy.OpenAsync(cancellationToken);
        var backup = raw.sqlite3_backup_init(copy.Handle, "main", source.Handle, "main")
            ?? throw new SqliteException($"Could not start the backup: {raw.sqlite3_errmsg(copy.Handle).utf8_to_string()}", raw.sqlite3_errcode(copy.Handle));
        try
        {
            var step = PagesPerStep;
            var restarts = 0;
            var lastRemaining = int.MaxValue;
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var rc = raw.sqlite3_backup_step(backup, step);
                var count = raw.sqlite3_backup_pagecount(backup);
                var remaining = raw.sqlite3_backup_remaining(backup);
                if (rc == raw.SQLITE_DONE)
                {
                    progress?.Report(new BackupProgress(count, count));
                    return (count, restarts);
                }

                if (rc is raw.SQLITE_BUSY or raw.SQLITE_LOCKED)
                {
                    await Task.Delay(BusyPause, time, cancellationToken);
                    continue;
                }

                if (rc != raw.SQLITE_OK)
                {
                    throw new SqliteException($"Backup failed: {raw.sqlite3_errstr(rc).utf8_to_string()}", rc);
                }

                if (remaining > lastRemaining && ++restarts >= RestartsBeforeOneStep)
                {
                    step = -1;
                }

                lastRemaining = remaining;
                progress?.Report(new BackupProgress(count - remaining, count));
                await Task.Yield();
            }
        }
        finally
        {
            raw.sqlite3_backup_finish(backup);
        }
    }

    /// <summary>Makes the copy one self-contained file, checks it, and counts its rows per table.</summary>
    private static async Task<IReadOnlyDictionary<string, long>> FinishCopyAsync(string partial, CancellationToken cancellationToken)
    {
        await using var copy = OpenFile(partial);
        await copy.OpenAsync(cancellationToken);
        await copy.ExecuteAsync("PRAGMA journal_mode = DELETE;");
        var integrity = await copy.ExecuteScalarAsync<string>("PRAGMA integrity_check;");
        if (integrity != "ok")
        {
            throw new InvalidDataException($"The backup copy failed its integrity check: {integrity}");
        }

        var tables = await copy.QueryAsync<string>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name");
        var rows = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            // Table names come from the copy's own schema, never from input; quoting keeps odd names safe.
            rows[table] = await copy.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM \"{table.Replace("\"", "\"\"", StringComparison.Ordinal)}\"");
        }

        return rows;
    }

    // No pooling: the file must be closed for real before it is checked and moved.
    private static SqliteConnection OpenFile(string path) => new(new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = SqliteOpenMode.ReadWriteCreate,
        Pooling = false,
    }.ToString());
}
