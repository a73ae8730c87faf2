using System.Data.Common;
using MusicBot.Core.Failures;
using MusicBot.Core.Generation;
using MusicBot.Core.Providers;
using MusicBot.Infrastructure.Storage;
using MusicBot.Testing;
using static MusicBot.Infrastructure.Tests.Storage.TaskFixtures;

namespace MusicBot.Infrastructure.Tests.Storage;

public sealed class SqliteGenerationTaskRepositoryTests(SqliteStoreFixture stores) : GenerationTaskRepositoryTests(stores), IClassFixture<SqliteStoreFixture>;

public sealed class PostgresGenerationTaskRepositoryTests(PostgresStoreFixture stores) : GenerationTaskRepositoryTests(stores), IClassFixture<PostgresStoreFixture>;

/// <summary>The contract of <see cref="GenerationTaskRepository"/>, run on each store.</summary>
public abstract class GenerationTaskRepositoryTests(IStoreFixture stores) : IAsyncLifetime
{
    private TestStore _db = null!;
    private GenerationTaskRepository _tasks = null!;
    private CreditLedger _ledger = null!;

    public async Task InitializeAsync()
    {
        _db = await stores.CreateStoreAsync();
        _tasks = new GenerationTaskRepository(_db.Database, _db.QuotaOptions);
        _ledger = new CreditLedger(_db.Database, _db.QuotaOptions, _db.Time);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [StoreFact]
    public async Task CreateAsync_FiftyConcurrentSubmitsWithTenCredits_AcceptsExactlyTen()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, 50)
            .Select(i => Task.Run(() => _tasks.CreateAsync(NewTask($"req-{i}"), CancellationToken.None))));

        Assert.Equal(10, results.Count(r => r is CreateTaskResult.Created));
        Assert.Equal(40, results.Count(r => r is CreateTaskResult.NotEnoughCredits));
        Assert.Equal(0, (await _ledger.GetAccountAsync(User(), CancellationToken.None)).Balance);
        Assert.Equal(10, await _db.ScalarAsync<long>("SELECT COUNT(*) FROM tasks"));
        await AssertLedgerBalancesAsync();
    }

    [StoreFact]
    public async Task CreateAsync_SameRequestKeyTwice_CreatesAndChargesOnce()
    {
        var first = await _tasks.CreateAsync(NewTask("req-1"), CancellationToken.None);
        var second = await _tasks.CreateAsync(NewTask("req-1"), CancellationToken.None);

        var created = Assert.IsType<CreateTaskResult.Created>(first);
        var duplicate = Assert.IsType<CreateTaskResult.Duplicate>(second);
        Assert.Equal(created.Task.Id, duplicate.Task.Id);
        Assert.Equal(9, (await _ledger.GetAccountAsync(User(), CancellationToken.None)).Balance);
    }

    [StoreFact]
    public async Task CreateAsync_UserAtInFlightCap_RefusesAndChargesNothing()
    {
        await _tasks.CreateAsync(NewTask("a", maxInFlight: 2), CancellationToken.None);
        await _tasks.CreateAsync(NewTask("b", maxInFlight: 2), CancellationToken.None);

        var third = await _tasks.CreateAsync(NewTask("c", maxInFlight: 2), CancellationToken.None);

        var busy = Assert.IsType<CreateTaskResult.TooManyInFlight>(third);
        Assert.Equal(2, busy.InFlight);
        Assert.Equal(8, (await _ledger.GetAccountAsync(User(), CancellationToken.None)).Balance);
        Assert.Equal(2, await _db.ScalarAsync<long>("SELECT COUNT(*) FROM tasks"));
    }

    [StoreFact]
    public async Task CreateAsync_PriceAboveBalance_RefusesAndLeavesNoTask()
    {
        var result = await _tasks.CreateAsync(NewTask("big", price: 11), CancellationToken.None);

        var poor = Assert.IsType<CreateTaskResult.NotEnoughCredits>(result);
        Assert.Equal(10, poor.Balance);
        Assert.Equal(0, await _db.ScalarAsync<long>("SELECT COUNT(*) FROM tasks"));
    }

    [StoreFact]
    public async Task CreateAsync_TwoQueuedForOneProvider_ReportsQueuePositions()
    {
        var first = Assert.IsType<CreateTaskResult.Created>(await _tasks.CreateAsync(NewTask("a"), CancellationToken.None));
        var second = Assert.IsType<CreateTaskResult.Created>(await _tasks.CreateAsync(NewTask("b", User("bob")), CancellationToken.None));

        Assert.Equal(1, first.QueuePosition);
        Assert.Equal(2, second.QueuePosition);
        Assert.Equal(2, await _tasks.GetQueuePositionAsync(second.Task.Id, CancellationToken.None));
    }

    [StoreFact]
    public async Task ApplyAsync_CompleteStep_CapturesAndQueuesOneNoticePerTrack()
    {
        var task = await SubmittedTaskAsync();
        var progress = new ProviderProgress(ProviderStage.Complete, [Track(1), Track(2)]);

        var update = TaskProgression.Advance(task, progress, _db.Time.GetUtcNow(), _db.Time.GetUtcNow())!;
        Assert.True(await _tasks.ApplyAsync(update, CancellationToken.None));
        Assert.False(await _tasks.ApplyAsync(update, CancellationToken.None));

        Assert.Equal(TaskState.Succeeded, (await _tasks.GetAsync(task.Id, CancellationToken.None))!.State);
        Assert.Equal(2, await _db.ScalarAsync<long>("SELECT COUNT(*) FROM deliveries WHERE kind = 'Track'"));
        Assert.Equal(1, await _db.ScalarAsync<long>("SELECT COUNT(*) FROM credit_ledger WHERE kind = 'capture'"));
        var account = await _ledger.GetAccountAsync(User(), CancellationToken.None);
        Assert.Equal((9, 1, 0), (account.Balance, account.Charged, account.Reserved));
        await AssertLedgerBalancesAsync();
    }

    [StoreFact]
    public async Task ApplyAsync_FailureStep_RefundsThePrice()
    {
        var task = await SubmittedTaskAsync();

        var update = TaskProgression.Failed(task, TaskState.TimedOut, new TaskFailure.TimedOut("local", 15), _db.Time.GetUtcNow());
        Assert.True(await _tasks.ApplyAsync(update, CancellationToken.None));

        var account = await _ledger.GetAccountAsync(User(), CancellationToken.None);
        Assert.Equal((10, 1, 0), (account.Balance, account.Refunded, account.Reserved));
        var stored = (await _tasks.GetAsync(task.Id, CancellationToken.None))!;
        Assert.Equal(TaskState.TimedOut, stored.State);
        Assert.Equal(new TaskFailure.TimedOut("local", 15), stored.Failure);
        Assert.Equal("timed-out", await _db.ScalarAsync<string>("SELECT failure_code FROM tasks WHERE id = @id", new { id = task.Id }));
        Assert.NotNull(stored.FinishedAt);
        await AssertLedgerBalancesAsync();
    }

    [StoreFact]
    public async Task ApplyAsync_LaterStageWithEmptyValues_KeepsKnownTrackData()
    {
        var task = await SubmittedTaskAsync();
        var first = new ProviderProgress(ProviderStage.FirstTrackReady, [Track(1) with { StreamUrl = "https://s/1" }, new ProviderTrack { Index = 2, AudioUrl = "" }]);
        await _tasks.ApplyAsync(TaskProgression.Advance(task, first, _db.Time.GetUtcNow(), _db.Time.GetUtcNow())!, CancellationToken.None);
        task = (await _tasks.GetAsync(task.Id, CancellationToken.None))!;

        var complete = new ProviderProgress(ProviderStage.Complete, [Track(1) with { AudioUrl = "", Title = null }, Track(2)]);
        await _tasks.ApplyAsync(TaskProgression.Advance(task, complete, _db.Time.GetUtcNow(), _db.Time.GetUtcNow())!, CancellationToken.None);

        var tracks = await _tasks.GetTracksAsync(task.Id, CancellationToken.None);
        Assert.Equal("https://cdn.example/1.mp3", tracks[0].AudioUrl);
        Assert.Equal("Take 1", tracks[0].Title);
        Assert.Equal("https://s/1", tracks[0].StreamUrl);
        Assert.Equal("https://cdn.example/2.mp3", tracks[1].AudioUrl);
    }

    [StoreFact]
    public async Task LedgerRows_UpdateOrDelete_AreRefused()
    {
        await _ledger.GetAccountAsync(User(), CancellationToken.None);

        var update = await Assert.ThrowsAnyAsync<DbException>(() => _db.ExecuteAsync("UPDATE credit_ledger SET amount = 1000"));
        var delete = await Assert.ThrowsAnyAsync<DbException>(() => _db.ExecuteAsync("DELETE FROM credit_ledger"));

        Assert.Contains("append-only", update.Message, StringComparison.Ordinal);
        Assert.Contains("append-only", delete.Message, StringComparison.Ordinal);
        Assert.Equal(1, await _db.ScalarAsync<long>("SELECT COUNT(*) FROM credit_ledger WHERE amount = 10"));
    }

    [StoreFact]
    public async Task ApplyAsync_SendingMarker_ReadsBackAsSubmitUnknownWithTheAttemptCounted()
    {
        var created = Assert.IsType<CreateTaskResult.Created>(await _tasks.CreateAsync(NewTask("req"), CancellationToken.None));
        var now = _db.Time.GetUtcNow();

        Assert.True(await _tasks.ApplyAsync(TaskProgression.Sending(created.Task, now, now), CancellationToken.None));

        var sending = (await _tasks.GetAsync(created.Task.Id, CancellationToken.None))!;
        Assert.Equal((TaskState.SubmitUnknown, 1, now, (string?)null), (sending.State, sending.SubmitAttempts, sending.SubmittedAt, sending.ProviderTaskId));
        Assert.Equal(sending.Id, Assert.Single(await _tasks.ListDueAsync(now, 10, CancellationToken.None)).Id);
    }

    [StoreFact]
    public async Task ListQueuedCreatedBeforeAsync_MixedAges_ListsOnlyOlderQueuedOldestFirst()
    {
        var start = _db.Time.GetUtcNow();
        var created = new List<GenerationTask>();
        foreach (var minutes in new[] { 0, 10, 20, 30 })
        {
            created.Add(Assert.IsType<CreateTaskResult.Created>(
                await _tasks.CreateAsync(NewTask($"age-{minutes}", now: start.AddMinutes(minutes)), CancellationToken.None)).Task);
        }

        var sent = created[1];
        Assert.True(await _tasks.ApplyAsync(TaskProgression.Submitted(sent, "p-1", start, start), CancellationToken.None));

        var old = await _tasks.ListQueuedCreatedBeforeAsync(start.AddMinutes(25), 10, CancellationToken.None);
        var first = await _tasks.ListQueuedCreatedBeforeAsync(start.AddMinutes(25), 1, CancellationToken.None);

        Assert.Equal([created[0].Id, created[2].Id], old.Select(t => t.Id));
        Assert.Equal(created[0].Id, Assert.Single(first).Id);
    }

    [StoreFact]
    public async Task ApplyAsync_AnswerToTheMarker_ConfirmsOnceOnly()
    {
        var sending = await SendingTaskAsync();
        var now = _db.Time.GetUtcNow();

        Assert.True(await _tasks.ApplyAsync(TaskProgression.Submitted(sending, "p-9", now, now), CancellationToken.None));
        Assert.False(await _tasks.ApplyAsync(TaskProgression.Submitted(sending, "p-10", now, now), CancellationToken.None));
        Assert.False(await _tasks.ApplyAsync(TaskProgression.Failed(sending, TaskState.Failed, new TaskFailure.NoReason(), now), CancellationToken.None));

        var submitted = (await _tasks.GetAsync(sending.Id, CancellationToken.None))!;
        Assert.Equal((TaskState.Submitted, "p-9"), (submitted.State, submitted.ProviderTaskId));
    }

    [StoreFact]
    public async Task ApplyAsync_DeferredFromTheMarker_BackInTheQueueUntilTheRetryTime()
    {
        var sending = await SendingTaskAsync();
        var now = _db.Time.GetUtcNow();

        Assert.True(await _tasks.ApplyAsync(TaskProgression.Deferred(sending, now, now.AddSeconds(30)), CancellationToken.None));

        var queued = (await _tasks.GetAsync(sending.Id, CancellationToken.None))!;
        Assert.Equal((TaskState.Queued, now.AddSeconds(30), (DateTimeOffset?)null, 1), (queued.State, queued.NextPollAt, queued.SubmittedAt, queued.SubmitAttempts));
        Assert.Equal(1, await _tasks.GetQueuePositionAsync(queued.Id, CancellationToken.None));
    }

    [StoreFact]
    public async Task ApplyAsync_MarkerNeverAnswered_FailsAndRefundsOnce()
    {
        var sending = await SendingTaskAsync();

        Assert.True(await _tasks.ApplyAsync(TaskProgression.Failed(sending, TaskState.Failed, new TaskFailure.NoAnswer("local"), _db.Time.GetUtcNow()), CancellationToken.None));

        Assert.Equal(10, (await _ledger.GetAccountAsync(User(), CancellationToken.None)).Balance);
        await AssertLedgerBalancesAsync();
    }

    private async Task<GenerationTask> SendingTaskAsync()
    {
        var created = Assert.IsType<CreateTaskResult.Created>(await _tasks.CreateAsync(NewTask("req"), CancellationToken.None));
        Assert.True(await _tasks.ApplyAsync(TaskProgression.Sending(created.Task, _db.Time.GetUtcNow(), _db.Time.GetUtcNow()), CancellationToken.None));
        return (await _tasks.GetAsync(created.Task.Id, CancellationToken.None))!;
    }

    private async Task<GenerationTask> SubmittedTaskAsync()
    {
        var created = Assert.IsType<CreateTaskResult.Created>(await _tasks.CreateAsync(NewTask("req"), CancellationToken.None));
        var now = _db.Time.GetUtcNow();
        Assert.True(await _tasks.ApplyAsync(TaskProgression.Submitted(created.Task, "p-1", now, now), CancellationToken.None));
        return (await _tasks.GetAsync(created.Task.Id, CancellationToken.None))!;
    }

    private async Task AssertLedgerBalancesAsync() => Assert.Equal(0, await _db.LedgerMismatchesAsync());

    [StoreFact]
    public async Task ListRecentAsync_ByState_ReturnsNewestMatchingFirst()
    {
        var ids = new List<long>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add(Assert.IsType<CreateTaskResult.Created>(await _tasks.CreateAsync(NewTask($"req-{i}"), CancellationToken.None)).Task.Id);
        }

        await _tasks.ApplyAsync(
            new TaskUpdate { TaskId = ids[1], ExpectedState = TaskState.Queued, NewState = TaskState.Failed, Now = _db.Time.GetUtcNow(), Settlement = CreditSettlement.Refund },
            CancellationToken.None);

        var queued = await _tasks.ListRecentAsync([TaskState.Queued], 10, CancellationToken.None);
        var failed = await _tasks.ListRecentAsync([TaskState.Failed, TaskState.TimedOut], 10, CancellationToken.None);
        var all = await _tasks.ListRecentAsync([], 2, CancellationToken.None);

        Assert.Equal([ids[2], ids[0]], queued.Select(t => t.Id));
        Assert.Equal([ids[1]], failed.Select(t => t.Id));
        Assert.Equal([ids[2], ids[1]], all.Select(t => t.Id));
    }
}
