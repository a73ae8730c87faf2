using MusicBot.Infrastructure.Sqlite;
using MusicBot.Testing;
using MusicBot.Tests.Support;

namespace MusicBot.Tests.Cli;

/// <summary><c>musicbot backup</c> as a second process while the bot is busy generating.</summary>
public sealed class BackupCliCommandTests : IDisposable
{
    private const int Requests = 6;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);
    private readonly TestDataDirectory _data = new();
    private readonly TestDataDirectory _backup = new();

    public void Dispose()
    {
        _data.Dispose();
        _backup.Dispose();
    }

    [Fact]
    public async Task RunAsync_WhileGenerationsRun_WritesACopyThatOpensWithEveryRowIntact()
    {
        await using var bot = BotProcess.Start(_data.Path, new Dictionary<string, string>
        {
            ["MusicBot__Providers__Local__StageDelay"] = "00:00:01",
            ["MusicBot__Generation__MaxTasksInFlightPerUser"] = "20",
        });
        await bot.WaitForOutputAsync("MusicBot terminal chat", Timeout);
        await bot.SendAsync("/style ambient drones, slow\n" + string.Concat(Enumerable.Repeat("/generate\n", Requests)));
        await PipelineHost.WaitUntilAsync(async () => await TaskCountAsync(_data.Path) == Requests, Timeout);
        var finishedBefore = await DatabaseFile.ScalarAsync<long>(_data.Path, "SELECT COUNT(*) FROM tasks WHERE state = 'succeeded'");

        var target = Path.Combine(_backup.Path, "musicbot.db");
        var cli = await BotProcess.RunCliAsync(_data.Path, null, "backup", target);
        var finishedDuring = await DatabaseFile.ScalarAsync<long>(_data.Path, "SELECT COUNT(*) FROM tasks WHERE state = 'succeeded'");

        Assert.True(cli.ExitCode == 0, cli.Stderr);
        Assert.True(finishedBefore < Requests, "the backup should run while generations are still going");
        Assert.Contains($"Backup written to {target}", cli.Stdout, StringComparison.Ordinal);
        Assert.Contains($"tasks {Requests}", cli.Stdout, StringComparison.Ordinal);
        Assert.Contains("backup: 100%", cli.Stderr, StringComparison.Ordinal);

        // The copy is a consistent snapshot: every accepted request, its reserved credits, a balanced ledger.
        Assert.Equal("ok", await DatabaseFile.ScalarAsync<string>(_backup.Path, "PRAGMA integrity_check"));
        Assert.Equal(Requests, await TaskCountAsync(_backup.Path));
        Assert.Equal(Requests, await DatabaseFile.ScalarAsync<long>(_backup.Path, "SELECT COUNT(*) FROM credit_ledger WHERE kind = 'reserve'"));
        Assert.Equal(0, await DatabaseFile.LedgerMismatchesAsync(_backup.Path));
        Assert.Equal(0, await DatabaseFile.ScalarAsync<long>(_backup.Path, """
            SELECT COUNT(*) FROM tasks t
            WHERE (t.state = 'succeeded') <> EXISTS (SELECT 1 FROM credit_ledger l WHERE l.task_id = t.id AND l.kind = 'capture')
            """));
        Assert.Equal(0, await DatabaseFile.ScalarAsync<long>(_backup.Path, "SELECT COUNT(*) FROM deliveries d WHERE NOT EXISTS (SELECT 1 FROM tasks t WHERE t.id = d.task_id)"));
        Assert.InRange(await DatabaseFile.ScalarAsync<long>(_backup.Path, "SELECT COUNT(*) FROM tasks WHERE state = 'succeeded'"), finishedBefore, finishedDuring);

        // The bot never noticed: every song still finishes and is charged once.
        bot.CloseInput();
        Assert.Equal(0, await bot.WaitForExitAsync(Timeout));
        Assert.Equal(Requests, await DatabaseFile.ScalarAsync<long>(_data.Path, "SELECT COUNT(*) FROM tasks WHERE state = 'succeeded'"));
        Assert.Equal(0, await DatabaseFile.LedgerMismatchesAsync(_data.Path));
    }

    [Fact]
    public async Task RunAsync_ExistingFileWithoutForce_RefusesAndExitsOne()
    {
        Assert.Equal(0, (await BotProcess.RunCliAsync(_data.Path, null, "migrate")).ExitCode);
        var target = Path.Combine(_backup.Path, "musicbot.db");
        await File.WriteAllTextAsync(target, "an older backup");

        var refused = await BotProcess.RunCliAsync(_data.Path, null, "backup", target);
        var forced = await BotProcess.RunCliAsync(_data.Path, null, "backup", target, "--force");

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("already exists; choose another file or pass --force", refused.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, forced.ExitCode);
        Assert.Equal(DatabaseMigrator.Discover().Count, await DatabaseFile.ScalarAsync<long>(_backup.Path, "SELECT COUNT(*) FROM schema_version"));
    }

    [Fact]
    public async Task RunAsync_PostgresStore_RefusesAndNamesTheServersTool()
    {
        var cli = await BotProcess.RunCliAsync(_data.Path, new Dictionary<string, string>
        {
            ["MusicBot__Database__Provider"] = "postgres",
            ["MusicBot__Database__ConnectionString"] = "Host=db.internal;Database=musicbot;Username=bot;Password=Hunter2-Secret",
        }, "backup", Path.Combine(_backup.Path, "musicbot.db"));

        Assert.Equal(1, cli.ExitCode);
        Assert.Contains("musicbot backup copies the SQLite store only", cli.Stderr, StringComparison.Ordinal);
        Assert.Contains("pg_dump", cli.Stderr, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_backup.Path));
    }

    private static Task<long> TaskCountAsync(string directory) => DatabaseFile.ScalarAsync<long>(directory, "SELECT COUNT(*) FROM tasks");
}
