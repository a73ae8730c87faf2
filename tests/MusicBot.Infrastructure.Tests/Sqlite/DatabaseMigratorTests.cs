using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using MusicBot.Core.Conversations;
using MusicBot.Core.Credits;
using MusicBot.Core.Generation;
using MusicBot.Infrastructure.Sqlite;
using MusicBot.Infrastructure.Storage;
using MusicBot.Testing;
using static MusicBot.Infrastructure.Tests.Storage.TaskFixtures;

namespace MusicBot.Infrastructure.Tests.Sqlite;

public sealed class DatabaseMigratorTests
{
    [Fact]
    public async Task MigrateAsync_FreshThenAgain_AppliesEachMigrationOnce()
    {
        using var directory = new TestDataDirectory();
        var connections = new SqliteConnectionFactory(directory.Options);
        var migrator = new DatabaseMigrator(connections, NullLogger<DatabaseMigrator>.Instance);

        var first = await migrator.MigrateAsync(CancellationToken.None);
        var second = await migrator.MigrateAsync(CancellationToken.None);

        Assert.Equal(DatabaseMigrator.Discover().Count, first);
        Assert.Equal(0, second);
        await using var connection = await connections.OpenAsync(CancellationToken.None);
        Assert.Equal("wal", await connection.ExecuteScalarAsync<string>("PRAGMA journal_mode"));
        Assert.Equal(first, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM schema_version"));
    }

    [Fact]
    public void Discover_EmbeddedScripts_AreNumberedFromOneWithoutGaps()
    {
        // 0005 is reserved for the Telegram.Bot branch's migration, which lands separately; drop it from here when it does.
        long[] reserved = [5];
        var versions = DatabaseMigrator.Discover().Select(m => m.Version).Concat(reserved.Where(v => DatabaseMigrator.Discover().All(m => m.Version != v))).Order().ToList();

        Assert.Equal(Enumerable.Range(1, versions.Count).Select(v => (long)v), versions);
    }

    /// <summary>
    /// <c>Fixtures/main-3cba0db.db</c> was written by the bot as it was at commit 3cba0db (migrations 0001-0004,
    /// Microsoft.Data.Sqlite.Core 6.0.0 with SQLite 3.35.5): a finished song, two timed-out ones refunded, one killed
    /// in flight with its credit still reserved, admin grants, a scope default, a draft and the delivered notices.
    /// Fixtures/README.md says how it was made.
    /// </summary>
    [Fact]
    public async Task MigrateAsync_DatabaseWrittenByTheFirstFourMigrations_AppliesTheRestAndKeepsEveryRowAndBalance()
    {
        using var directory = new TestDataDirectory();
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Sqlite", "Fixtures", "main-3cba0db.db"), Path.Combine(directory.Path, "musicbot.db"));
        var connections = new SqliteConnectionFactory(directory.Options);
        var migrator = new DatabaseMigrator(connections, NullLogger<DatabaseMigrator>.Instance);

        var applied = await migrator.MigrateAsync(CancellationToken.None);

        Assert.Equal(DatabaseMigrator.Discover().Count - 4, applied);
        Assert.Equal(DatabaseMigrator.Discover()[^1].Version, await migrator.GetVersionAsync(CancellationToken.None));
        await using var connection = await connections.OpenAsync(CancellationToken.None);
        Assert.Equal("ok", await connection.ExecuteScalarAsync<string>("PRAGMA integrity_check"));
        Assert.Empty(await connection.QueryAsync<string>("PRAGMA foreign_key_check"));
        // The file was written by SQLite 3.35.5 (its header says so); it is now read by the bundled 3.53.
        Assert.StartsWith("3.53.", await connection.ExecuteScalarAsync<string>("SELECT sqlite_version()"), StringComparison.Ordinal);
        Assert.Equal(
            (11L, 4L, 2L, 6L, 1L),
            (await Count(connection, "credit_ledger"), await Count(connection, "tasks"), await Count(connection, "tracks"), await Count(connection, "deliveries"), await Count(connection, "drafts")));
        Assert.Equal(0, await DatabaseFile.LedgerMismatchesAsync(directory.Path));

        var time = TimeProvider.System;
        var store = new SqliteDatabase(connections);
        var quota = Microsoft.Extensions.Options.Options.Create(new QuotaOptions { DefaultCredits = 10 });
        var ledger = new CreditLedger(store, quota, time);
        Assert.Equal(new CreditAccount(User("you"), 13, 1, 1, 2, 15), await ledger.GetAccountAsync(User("you"), CancellationToken.None));
        Assert.Equal(3, (await ledger.GetAccountAsync(User("bob"), CancellationToken.None)).Balance);
        Assert.Equal(7, await ledger.GetScopeDefaultAsync(Scope, CancellationToken.None));

        var tasks = new GenerationTaskRepository(store, quota);
        var inFlight = Assert.Single(await tasks.ListDueAsync(DateTimeOffset.MaxValue, 10, CancellationToken.None));
        Assert.Equal((4L, TaskState.Submitted, "warm folk guitar"), (inFlight.Id, inFlight.State, inFlight.Request.Style));
        Assert.Equal(2, (await tasks.GetTracksAsync(1, CancellationToken.None)).Count);
        Assert.Equal(
            [TaskState.Submitted, TaskState.TimedOut, TaskState.TimedOut, TaskState.Succeeded],
            (await tasks.ListHistoryAsync(User("you"), 10, CancellationToken.None)).Select(t => t.State));

        var draft = await new DraftRepository(store, time).GetAsync(User("you"), CancellationToken.None);
        Assert.Equal(("warm folk guitar", "Harbour", true), (draft.Style, draft.Title, draft.Instrumental));
        Assert.Equal(0, await new DeliveryOutbox(store).CountPendingAsync(Platforms.Console, CancellationToken.None));
    }

    private static Task<long> Count(Microsoft.Data.Sqlite.SqliteConnection connection, string table) =>
        connection.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM {table}");
}
