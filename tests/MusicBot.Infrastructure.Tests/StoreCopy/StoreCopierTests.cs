using System.Text.Json;
using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using MusicBot.Core.Conversations;
using MusicBot.Core.Failures;
using MusicBot.Core.Generation;
using MusicBot.Core.Inbox;
using MusicBot.Core.Providers;
using MusicBot.Core.Songs;
using MusicBot.Infrastructure.Postgres;
using MusicBot.Infrastructure.Sqlite;
using MusicBot.Infrastructure.Storage;
using MusicBot.Infrastructure.StoreCopy;
using MusicBot.Testing;
using static MusicBot.Infrastructure.Tests.Storage.TaskFixtures;

namespace MusicBot.Infrastructure.Tests.StoreCopy;

/// <summary>A populated SQLite store copied into an empty PostgreSQL database, read back through the same repositories.</summary>
public sealed class StoreCopierTests : IClassFixture<PostgresStoreFixture>, IAsyncLifetime, IDisposable
{
    private static readonly UpdateSource Bot = new("telegram", "5550001111");
    private static readonly UserRef[] Users = [User("alice"), User("bob"), User("carol"), User("dave")];
    private TestDatabase _sqlite = null!;
    private TestPostgresDatabase _empty = null!;
    private PostgresDatabase _postgres = null!;

    public async Task InitializeAsync()
    {
        _sqlite = await TestDatabase.CreateAsync();
        _empty = await PostgresTestServer.CreateEmptyAsync();
        _postgres = new PostgresDatabase(_empty.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        await _postgres.DisposeAsync();
        await _empty.DisposeAsync();
        _sqlite.Dispose();
    }

    public void Dispose() => _postgres.Dispose();

    [StoreFact]
    public async Task CopyAsync_PopulatedStore_EverythingReadsBackTheSameOnPostgres()
    {
        var taskIds = await PopulateAsync();
        var steps = new List<StoreCopyProgress>();

        var result = await Copier().CopyAsync(new SyncProgress(steps), CancellationToken.None);

        Assert.Equal(Users.Length, result.BalancesCompared);
        Assert.Equal(MigrationScripts.Sqlite.Discover()[^1].Version, result.SchemaVersion);
        Assert.Equal(3, result.Tables.Single(t => t.Table == "tasks").Rows);
        var order = result.Tables.Select(t => t.Table).ToList();
        Assert.True(order.IndexOf("tasks") < order.IndexOf("tracks") && order.IndexOf("tasks") < order.IndexOf("deliveries"), "parents are copied before the rows that reference them");
        Assert.All(result.Tables, t => Assert.Contains(steps, s => s.Table == t.Table && s.IsTableDone && s.Rows == t.Rows));
        Assert.Contains(steps, s => s.Table == "drafts" && s.Rows is > 0 and < 2501);
        await AssertSameAsync(_sqlite.Database, _postgres, taskIds);
    }

    [StoreFact]
    public async Task CopyAsync_AfterTheCopy_NewRowsGetIdsAfterTheCopiedOnes()
    {
        var taskIds = await PopulateAsync();
        await Copier().CopyAsync(null, CancellationToken.None);

        var created = Assert.IsType<CreateTaskResult.Created>(
            await new GenerationTaskRepository(_postgres, _sqlite.QuotaOptions).CreateAsync(NewTask("after-the-move", User("bob")), CancellationToken.None));

        Assert.Equal(taskIds.Max() + 1, created.Task.Id);
        var entries = await new CreditLedger(_postgres, _sqlite.QuotaOptions, _sqlite.Time).GetEntriesAsync(User("bob"), 1, CancellationToken.None);
        Assert.Equal(await _sqlite.ScalarAsync<long>("SELECT MAX(id) FROM credit_ledger") + 1, entries[0].Id);
    }

    [StoreFact]
    public async Task CopyAsync_TargetAlreadyHoldsData_RefusesAndChangesNothing()
    {
        await PopulateAsync();
        await Copier().CopyAsync(null, CancellationToken.None);
        await new DraftRepository(_sqlite.Database, _sqlite.Time).SaveAsync(User("erin"), new Draft { Style = "new since" }, CancellationToken.None);

        var refused = await Assert.ThrowsAsync<StoreCopyException>(() => Copier().CopyAsync(null, CancellationToken.None));

        Assert.Contains("already holds data: ", refused.Message, StringComparison.Ordinal);
        Assert.Contains("tasks (3 rows)", refused.Message, StringComparison.Ordinal);
        await using var pg = await _postgres.DataSource.OpenConnectionAsync();
        Assert.Equal(2501, await pg.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM drafts"));
    }

    [StoreFact]
    public async Task CopyAsync_NoSqliteDatabase_SaysWhereItLookedAndCreatesNothing()
    {
        using var nowhere = new TestDataDirectory();
        var connections = new SqliteConnectionFactory(nowhere.Options);
        var copier = new StoreCopier(connections, new DatabaseMigrator(connections, NullLogger<DatabaseMigrator>.Instance), _postgres, PostgresMigrator());

        var error = await Assert.ThrowsAsync<StoreCopyException>(() => copier.CopyAsync(null, CancellationToken.None));

        Assert.Contains(connections.DatabasePath, error.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(nowhere.Path));
        await using var pg = await _postgres.DataSource.OpenConnectionAsync();
        Assert.False(await pg.ExecuteScalarAsync<bool>("SELECT to_regclass('tasks') IS NOT NULL"));
    }

    private StoreCopier Copier() => new(_sqlite.Connections, new DatabaseMigrator(_sqlite.Connections, NullLogger<DatabaseMigrator>.Instance), _postgres, PostgresMigrator());

    private PostgresMigrator PostgresMigrator() => new(_postgres, TimeProvider.System, NullLogger<PostgresMigrator>.Instance);

    /// <summary>Every table gets rows through the real repositories; returns the task ids.</summary>
    private async Task<List<long>> PopulateAsync()
    {
        var db = _sqlite.Database;
        var now = _sqlite.Time.GetUtcNow();
        var ledger = new CreditLedger(db, _sqlite.QuotaOptions, _sqlite.Time);
        await ledger.SetScopeDefaultAsync(Scope, 6, "admin", CancellationToken.None);
        await ledger.SetRoleAllowanceAsync(Scope, "dj", 7, "admin", CancellationToken.None);
        await ledger.GrantAsync(User("bob"), 5, "admin", "welcome", CancellationToken.None);
        await ledger.SetAsync(User("carol"), 3, "admin", "reset", CancellationToken.None);
        await ledger.GetAccountAsync(User("dave"), ["dj"], CancellationToken.None);

        var drafts = new DraftRepository(db, _sqlite.Time);
        await drafts.SaveAsync(User("alice"), new Draft { Provider = "sunoapi", Model = "V5", Style = "synthwave", Lyrics = "one\ntwo", Instrumental = true, StyleWeight = 0.65m, Weirdness = 0.01m, EnhancePrompt = true }, CancellationToken.None);
        await drafts.SetAwaitedFieldAsync(User("bob"), DraftField.Lyrics, CancellationToken.None);
        await _sqlite.ExecuteAsync(
            """INSERT INTO drafts (platform, scope_id, user_id, song_json, updated_at) VALUES ('telegram', '-1', @id, '{"style":"bulk"}', '2026-01-01T00:00:00.0000000Z')""",
            Enumerable.Range(0, 2499).Select(i => new { id = $"u{i}" }));

        var tasks = new GenerationTaskRepository(db, _sqlite.QuotaOptions);
        var done = Assert.IsType<CreateTaskResult.Created>(await tasks.CreateAsync(NewTask("done"), CancellationToken.None)).Task;
        await tasks.ApplyAsync(TaskProgression.Submitted(done, "p-1", now, now), CancellationToken.None);
        await tasks.ApplyAsync(TaskProgression.Advance((await tasks.GetAsync(done.Id, CancellationToken.None))!, new ProviderProgress(ProviderStage.Complete, [Track(1), Track(2)]), now, now)!, CancellationToken.None);
        var failed = Assert.IsType<CreateTaskResult.Created>(await tasks.CreateAsync(NewTask("failed"), CancellationToken.None)).Task;
        await tasks.ApplyAsync(TaskProgression.Failed(failed, TaskState.Failed, new TaskFailure.GenerationFailed(ProviderNames.Local, "provider said no"), now), CancellationToken.None);
        var sending = Assert.IsType<CreateTaskResult.Created>(await tasks.CreateAsync(NewTask("sending"), CancellationToken.None)).Task;
        await tasks.ApplyAsync(TaskProgression.Sending(sending, now, now), CancellationToken.None);
        var outbox = new DeliveryOutbox(db);
        var first = (await outbox.ListDueAsync([Platforms.Console], now, 10, CancellationToken.None))[0];
        await outbox.MarkDeliveredAsync(first.Id, now, CancellationToken.None);

        var updates = new UpdateLog(db, _sqlite.Time);
        foreach (var id in new long[] { 40, 41, 42 })
        {
            await updates.TryClaimAsync(Bot, id, CancellationToken.None);
        }

        await updates.MarkHandledAsync(Bot, 41, CancellationToken.None);
        await new UserDirectory(db, _sqlite.Time).RememberAsync(new KnownUser("telegram", "100", "Dj_Rain", "Rain"), CancellationToken.None);
        await new ProviderCallbackLog(db).TryRecordAsync("sunoapi", "p-1", "complete", now, CancellationToken.None);
        return [done.Id, failed.Id, sending.Id];
    }

    private async Task AssertSameAsync(IStoreDatabase sqlite, IStoreDatabase postgres, List<long> taskIds)
    {
        foreach (var user in Users)
        {
            var (before, after) = (Ledger(sqlite), Ledger(postgres));
            Assert.Equal(await before.GetAccountAsync(user, CancellationToken.None), await after.GetAccountAsync(user, CancellationToken.None));
            Assert.Equal(await before.GetEntriesAsync(user, 100, CancellationToken.None), await after.GetEntriesAsync(user, 100, CancellationToken.None));
            Assert.Equal(await Drafts(sqlite).GetAsync(user, CancellationToken.None), await Drafts(postgres).GetAsync(user, CancellationToken.None));
            Assert.Equal(await Drafts(sqlite).GetAwaitedFieldAsync(user, CancellationToken.None), await Drafts(postgres).GetAwaitedFieldAsync(user, CancellationToken.None));
        }

        Assert.Equal(await Ledger(sqlite).GetRoleAllowancesAsync(Scope, CancellationToken.None), await Ledger(postgres).GetRoleAllowancesAsync(Scope, CancellationToken.None));
        Assert.Equal(6, await Ledger(postgres).GetScopeDefaultAsync(Scope, CancellationToken.None));
        foreach (var id in taskIds)
        {
            Assert.Equal(Json(await Tasks(sqlite).GetAsync(id, CancellationToken.None)), Json(await Tasks(postgres).GetAsync(id, CancellationToken.None)));
            Assert.Equal(await Tasks(sqlite).GetTracksAsync(id, CancellationToken.None), await Tasks(postgres).GetTracksAsync(id, CancellationToken.None));
        }

        Assert.Equal(TaskState.SubmitUnknown, (await Tasks(postgres).GetAsync(taskIds[2], CancellationToken.None))!.State);
        var due = await new DeliveryOutbox(postgres).ListDueAsync([Platforms.Console], _sqlite.Time.GetUtcNow(), 10, CancellationToken.None);
        Assert.Equal(
            (await new DeliveryOutbox(sqlite).ListDueAsync([Platforms.Console], _sqlite.Time.GetUtcNow(), 10, CancellationToken.None)).Select(d => (d.Id, d.Notice.Ordinal)),
            due.Select(d => (d.Id, d.Notice.Ordinal)));
        Assert.Equal(42, await new UpdateLog(postgres, _sqlite.Time).GetNextOffsetAsync(Bot, CancellationToken.None));
        Assert.False(await new UpdateLog(postgres, _sqlite.Time).TryClaimAsync(Bot, 40, CancellationToken.None));
        Assert.Equal("100", (await new UserDirectory(postgres, _sqlite.Time).FindByHandleAsync("telegram", "@dj_rain", CancellationToken.None))?.UserId);
        Assert.False(await new ProviderCallbackLog(postgres).TryRecordAsync("sunoapi", "p-1", "complete", _sqlite.Time.GetUtcNow(), CancellationToken.None));
    }

    private CreditLedger Ledger(IStoreDatabase db) => new(db, _sqlite.QuotaOptions, _sqlite.Time);

    private DraftRepository Drafts(IStoreDatabase db) => new(db, _sqlite.Time);

    private GenerationTaskRepository Tasks(IStoreDatabase db) => new(db, _sqlite.QuotaOptions);

    private static string Json(GenerationTask? task) => JsonSerializer.Serialize(task);

    private sealed class SyncProgress(List<StoreCopyProgress> steps) : IProgress<StoreCopyProgress>
    {
        public void Report(StoreCopyProgress value) => steps.Add(value);
    }
}
