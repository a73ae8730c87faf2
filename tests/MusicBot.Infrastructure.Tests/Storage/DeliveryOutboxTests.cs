using MusicBot.Core.Conversations;
using MusicBot.Core.Delivery;
using MusicBot.Core.Generation;
using MusicBot.Core.Providers;
using MusicBot.Infrastructure.Storage;
using MusicBot.Testing;
using static MusicBot.Infrastructure.Tests.Storage.TaskFixtures;

namespace MusicBot.Infrastructure.Tests.Storage;

public sealed class SqliteDeliveryOutboxTests(SqliteStoreFixture stores) : DeliveryOutboxTests(stores), IClassFixture<SqliteStoreFixture>;

public sealed class PostgresDeliveryOutboxTests(PostgresStoreFixture stores) : DeliveryOutboxTests(stores), IClassFixture<PostgresStoreFixture>;

/// <summary>The contract of <see cref="DeliveryOutbox"/>, run on each store.</summary>
public abstract class DeliveryOutboxTests(IStoreFixture stores) : IAsyncLifetime
{
    private static readonly string[] Console = [Platforms.Console];
    private TestStore _db = null!;
    private DeliveryOutbox _outbox = null!;
    private long _taskId;

    public async Task InitializeAsync()
    {
        _db = await stores.CreateStoreAsync();
        _outbox = new DeliveryOutbox(_db.Database);
        var tasks = new GenerationTaskRepository(_db.Database, _db.QuotaOptions);
        var created = (CreateTaskResult.Created)await tasks.CreateAsync(NewTask("req"), CancellationToken.None);
        var now = _db.Time.GetUtcNow();
        await tasks.ApplyAsync(TaskProgression.Submitted(created.Task, "p-1", now, now), CancellationToken.None);
        var submitted = (await tasks.GetAsync(created.Task.Id, CancellationToken.None))!;
        await tasks.ApplyAsync(TaskProgression.Advance(submitted, new ProviderProgress(ProviderStage.Complete, [Track(1), Track(2)]), now, now)!, CancellationToken.None);
        _taskId = created.Task.Id;
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [StoreFact]
    public async Task ListDueAsync_SeveralNoticesForOneTask_GivesOnlyTheOldestUnsent()
    {
        var first = Assert.Single(await _outbox.ListDueAsync(Console, _db.Time.GetUtcNow(), 10, CancellationToken.None));
        Assert.Equal((NoticeKind.Track, 1), (first.Notice.Kind, first.Notice.Ordinal));

        await _outbox.MarkDeliveredAsync(first.Id, _db.Time.GetUtcNow(), CancellationToken.None);

        var second = Assert.Single(await _outbox.ListDueAsync(Console, _db.Time.GetUtcNow(), 10, CancellationToken.None));
        Assert.Equal((NoticeKind.Track, 2), (second.Notice.Kind, second.Notice.Ordinal));
        Assert.Equal(_taskId, second.TaskId);
        Assert.Equal("terminal", second.Target.ChannelId);
    }

    [StoreFact]
    public async Task MarkFailedAttemptAsync_RetryLater_HidesRowUntilDue()
    {
        var first = (await _outbox.ListDueAsync(Console, _db.Time.GetUtcNow(), 10, CancellationToken.None))[0];

        await _outbox.MarkFailedAttemptAsync(first.Id, "network", _db.Time.GetUtcNow().AddSeconds(30), giveUp: false, CancellationToken.None);

        Assert.Empty(await _outbox.ListDueAsync(Console, _db.Time.GetUtcNow(), 10, CancellationToken.None));
        var retried = Assert.Single(await _outbox.ListDueAsync(Console, _db.Time.GetUtcNow().AddSeconds(31), 10, CancellationToken.None));
        Assert.Equal((first.Id, 1), (retried.Id, retried.Attempts));
    }

    [StoreFact]
    public async Task MarkFailedAttemptAsync_GiveUp_MovesOnToTheNextNotice()
    {
        var first = (await _outbox.ListDueAsync(Console, _db.Time.GetUtcNow(), 10, CancellationToken.None))[0];

        await _outbox.MarkFailedAttemptAsync(first.Id, "chat deleted", _db.Time.GetUtcNow(), giveUp: true, CancellationToken.None);

        var next = Assert.Single(await _outbox.ListDueAsync(Console, _db.Time.GetUtcNow(), 10, CancellationToken.None));
        Assert.NotEqual(first.Id, next.Id);
        Assert.Equal(2, await _outbox.CountPendingAsync(Platforms.Console, CancellationToken.None));
    }

    [StoreFact]
    public async Task ListDueAsync_OtherPlatform_ReturnsNothing()
    {
        Assert.Empty(await _outbox.ListDueAsync([Platforms.Telegram], _db.Time.GetUtcNow(), 10, CancellationToken.None));
    }
}
