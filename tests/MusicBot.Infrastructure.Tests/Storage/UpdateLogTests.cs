using MusicBot.Core.Inbox;
using MusicBot.Infrastructure.Storage;
using MusicBot.Testing;

namespace MusicBot.Infrastructure.Tests.Storage;

public sealed class SqliteUpdateLogTests(SqliteStoreFixture stores) : UpdateLogTests(stores), IClassFixture<SqliteStoreFixture>;

public sealed class PostgresUpdateLogTests(PostgresStoreFixture stores) : UpdateLogTests(stores), IClassFixture<PostgresStoreFixture>;

/// <summary>The contract of <see cref="UpdateLog"/>, run on each store.</summary>
public abstract class UpdateLogTests(IStoreFixture stores) : IAsyncLifetime
{
    private static readonly UpdateSource Bot = new("telegram", "5550001111");
    private TestStore _db = null!;
    private UpdateLog _log = null!;

    public async Task InitializeAsync()
    {
        _db = await stores.CreateStoreAsync();
        _log = new UpdateLog(_db.Database, _db.Time);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [StoreFact]
    public async Task TryClaimAsync_SameUpdateTwice_OnlyFirstWins()
    {
        Assert.True(await _log.TryClaimAsync(Bot, 500000010, CancellationToken.None));
        Assert.False(await _log.TryClaimAsync(Bot, 500000010, CancellationToken.None));
    }

    [StoreFact]
    public async Task TryClaimAsync_ManyConcurrentClaims_ExactlyOneWins()
    {
        var claims = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => _log.TryClaimAsync(Bot, 7, CancellationToken.None))));

        Assert.Equal(1, claims.Count(c => c));
    }

    [StoreFact]
    public async Task TryClaimAsync_SameIdOfAnotherBot_IsIndependent()
    {
        Assert.True(await _log.TryClaimAsync(Bot, 1, CancellationToken.None));
        Assert.True(await _log.TryClaimAsync(Bot with { Stream = "42" }, 1, CancellationToken.None));
    }

    [StoreFact]
    public async Task GetNextOffsetAsync_NeverRead_IsNull()
    {
        Assert.Null(await _log.GetNextOffsetAsync(Bot, CancellationToken.None));
    }

    [StoreFact]
    public async Task MarkHandledAsync_OutOfOrder_CursorOnlyMovesForward()
    {
        await _log.TryClaimAsync(Bot, 11, CancellationToken.None);
        await _log.TryClaimAsync(Bot, 10, CancellationToken.None);

        await _log.MarkHandledAsync(Bot, 11, CancellationToken.None);
        await _log.MarkHandledAsync(Bot, 10, CancellationToken.None);

        Assert.Equal(12, await _log.GetNextOffsetAsync(Bot, CancellationToken.None));
        Assert.Equal(2, await _db.ScalarAsync<long>("SELECT COUNT(*) FROM inbound_updates WHERE state = 'handled'"));
    }

    [StoreFact]
    public async Task PruneAsync_OldClaims_AreForgottenButCursorStays()
    {
        await _log.TryClaimAsync(Bot, 1, CancellationToken.None);
        await _log.MarkHandledAsync(Bot, 1, CancellationToken.None);
        _db.Time.Advance(TimeSpan.FromDays(8));
        await _log.TryClaimAsync(Bot, 2, CancellationToken.None);

        var pruned = await _log.PruneAsync(_db.Time.GetUtcNow().AddDays(-7), CancellationToken.None);

        Assert.Equal(1, pruned);
        Assert.Equal(2, await _log.GetNextOffsetAsync(Bot, CancellationToken.None));
        Assert.False(await _log.TryClaimAsync(Bot, 2, CancellationToken.None));
    }

    [StoreFact]
    public async Task RejectAsync_UnreadableUpdate_IsKeptWithItsReasonAndTheCursorMovesPastIt()
    {
        await _log.RejectAsync(Bot, 41, "The JSON value could not be converted to System.Int32. Path: $.message.entities[0].offset", CancellationToken.None);
        await _log.RejectAsync(Bot, 41, "again", CancellationToken.None);

        Assert.Equal(42, await _log.GetNextOffsetAsync(Bot, CancellationToken.None));
        Assert.Equal("The JSON value could not be converted to System.Int32. Path: $.message.entities[0].offset", await _db.ScalarAsync<string>("SELECT reason FROM rejected_updates WHERE update_id = 41"));
    }

    [StoreFact]
    public async Task EnqueueAsync_SameUpdateTwice_IsQueuedOnceAndComesBackInIdOrder()
    {
        Assert.True(await _log.EnqueueAsync(Bot, 12, """{"update_id":12}""", CancellationToken.None));
        Assert.True(await _log.EnqueueAsync(Bot, 11, """{"update_id":11}""", CancellationToken.None));
        Assert.False(await _log.EnqueueAsync(Bot, 12, """{"update_id":12,"again":true}""", CancellationToken.None));
        await _log.EnqueueAsync(Bot with { Stream = "42" }, 1, "{}", CancellationToken.None);

        var queued = await _log.GetQueuedAsync(Bot, 10, CancellationToken.None);

        Assert.Equal([new QueuedUpdate(11, """{"update_id":11}"""), new QueuedUpdate(12, """{"update_id":12}""")], queued);
    }

    [StoreFact]
    public async Task DequeueAsync_ProcessedUpdate_LeavesTheQueue()
    {
        await _log.EnqueueAsync(Bot, 11, "{}", CancellationToken.None);
        await _log.EnqueueAsync(Bot, 12, "{}", CancellationToken.None);

        await _log.DequeueAsync(Bot, 11, CancellationToken.None);

        Assert.Equal([12L], (await _log.GetQueuedAsync(Bot, 10, CancellationToken.None)).Select(q => q.UpdateId));
    }
}
