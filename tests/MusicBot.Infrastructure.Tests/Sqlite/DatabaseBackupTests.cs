using Dapper;
using MusicBot.Core.Conversations;
using MusicBot.Infrastructure.Sqlite;
using MusicBot.Infrastructure.Storage;
using MusicBot.Testing;

namespace MusicBot.Infrastructure.Tests.Sqlite;

public sealed class DatabaseBackupTests : IAsyncLifetime, IDisposable
{
    private readonly TestDataDirectory _target = new();
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _db.Dispose();
        _target.Dispose();
    }

    [Fact]
    public async Task BackupAsync_WhileAnotherConnectionKeepsWriting_CopiesAConsistentSnapshot()
    {
        var ledger = new CreditLedger(_db.Database, _db.QuotaOptions, _db.Time);
        var scope = new ConversationScope(Platforms.Telegram, "-100123");
        // Enough rows for the copy to take many steps, so writes land between them and force restarts.
        await using (var connection = await _db.OpenAsync())
        {
            await using var fill = connection.BeginTransaction();
            await connection.ExecuteAsync(
                "INSERT INTO drafts (platform, scope_id, user_id, song_json, updated_at) VALUES ('telegram', '-1', @id, json_object('style', @style), '2026-01-01')",
                Enumerable.Range(0, 10_000).Select(i => new { id = $"u{i}", style = new string('x', 400) }),
                fill);
            await fill.CommitAsync();
        }

        using var stop = new CancellationTokenSource();
        var writes = 0;
        var writer = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                await ledger.GrantAsync(new UserRef(scope, $"user{writes % 50}"), 1, "test", "load", CancellationToken.None);
                writes++;
            }
        });
        var steps = new List<BackupProgress>();
        var result = await new DatabaseBackup(_db.Connections, TimeProvider.System).BackupAsync(
            Path.Combine(_target.Path, SqliteConnectionFactory.FileName), overwrite: false, new SyncProgress(steps), CancellationToken.None);
        await stop.CancelAsync();
        await writer;

        Assert.True(steps.Count > 2, $"progress was reported {steps.Count} time(s)");
        Assert.Equal(1.0, steps[^1].Fraction);
        Assert.Equal(10_000, result.RowCounts["drafts"]);
        Assert.Equal(0, await DatabaseFile.LedgerMismatchesAsync(_target.Path));
        Assert.Equal(result.RowCounts["credit_ledger"], await DatabaseFile.ScalarAsync<long>(_target.Path, "SELECT COUNT(*) FROM credit_ledger"));
        Assert.Equal("ok", await DatabaseFile.ScalarAsync<string>(_target.Path, "PRAGMA integrity_check"));
        Assert.Equal("delete", await DatabaseFile.ScalarAsync<string>(_target.Path, "PRAGMA journal_mode"));
        Assert.True(writes > 0);
    }

    [Fact]
    public async Task BackupAsync_DestinationExists_RefusesWithoutForceAndKeepsTheFile()
    {
        var destination = Path.Combine(_target.Path, "existing.db");
        await File.WriteAllTextAsync(destination, "keep me");
        var backup = new DatabaseBackup(_db.Connections, TimeProvider.System);

        await Assert.ThrowsAsync<IOException>(() => backup.BackupAsync(destination, overwrite: false, null, CancellationToken.None));
        Assert.Equal("keep me", await File.ReadAllTextAsync(destination));

        var result = await backup.BackupAsync(destination, overwrite: true, null, CancellationToken.None);
        Assert.Equal(DatabaseMigrator.Discover().Count, result.RowCounts["schema_version"]);
        Assert.Equal([Path.GetFileName(destination)], Directory.GetFiles(_target.Path).Select(Path.GetFileName));
    }

    [Fact]
    public async Task BackupAsync_NoDatabaseYet_SaysWhereItLookedAndCreatesNothing()
    {
        using var empty = new TestDataDirectory();
        var backup = new DatabaseBackup(new SqliteConnectionFactory(empty.Options), TimeProvider.System);

        var error = await Assert.ThrowsAsync<FileNotFoundException>(() => backup.BackupAsync(Path.Combine(_target.Path, "b.db"), false, null, CancellationToken.None));

        Assert.Contains(empty.Path, error.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_target.Path));
        Assert.Empty(Directory.GetFiles(empty.Path));
    }

    private sealed class SyncProgress(List<BackupProgress> steps) : IProgress<BackupProgress>
    {
        public void Report(BackupProgress value) => steps.Add(value);
    }
}
