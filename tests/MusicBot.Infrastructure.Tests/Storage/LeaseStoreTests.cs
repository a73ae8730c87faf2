using MusicBot.Infrastructure.Storage;
using MusicBot.Testing;

namespace MusicBot.Infrastructure.Tests.Storage;

public sealed class SqliteLeaseStoreTests(SqliteStoreFixture stores) : LeaseStoreTests(stores), IClassFixture<SqliteStoreFixture>;

public sealed class PostgresLeaseStoreTests(PostgresStoreFixture stores) : LeaseStoreTests(stores), IClassFixture<PostgresStoreFixture>;

/// <summary>The contract of <see cref="LeaseStore"/>, run on each store.</summary>
public abstract class LeaseStoreTests(IStoreFixture stores) : IAsyncLifetime
{
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(30);
    private TestStore _db = null!;
    private LeaseStore _leases = null!;

    public async Task InitializeAsync()
    {
        _db = await stores.CreateStoreAsync();
        _leases = new LeaseStore(_db.Database);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [StoreFact]
    public async Task TryAcquireAsync_FreeThenHeldByAnother_OnlyTheFirstWinsUntilItExpires()
    {
        var now = _db.Time.GetUtcNow();

        Assert.True(await _leases.TryAcquireAsync("telegram:polling", "a", now, Duration, CancellationToken.None));
        Assert.False(await _leases.TryAcquireAsync("telegram:polling", "b", now + TimeSpan.FromSeconds(29), Duration, CancellationToken.None));
        Assert.True(await _leases.TryAcquireAsync("telegram:polling", "b", now + Duration, Duration, CancellationToken.None));

        var row = Assert.Single(await _leases.ListAsync(CancellationToken.None));
        Assert.Equal(("telegram:polling", "b"), (row.Name, row.Holder));
        Assert.Equal(now + Duration + Duration, row.ExpiresAt);
    }

    [StoreFact]
    public async Task TryAcquireAsync_ByTheHolder_RenewsItsExpiry()
    {
        var now = _db.Time.GetUtcNow();
        await _leases.TryAcquireAsync("discord:shard:0", "a", now, Duration, CancellationToken.None);

        Assert.True(await _leases.TryAcquireAsync("discord:shard:0", "a", now + TimeSpan.FromSeconds(10), Duration, CancellationToken.None));

        Assert.False(await _leases.TryAcquireAsync("discord:shard:0", "b", now + TimeSpan.FromSeconds(35), Duration, CancellationToken.None));
        Assert.Equal(now + TimeSpan.FromSeconds(40), Assert.Single(await _leases.ListAsync(CancellationToken.None)).ExpiresAt);
    }

    [StoreFact]
    public async Task ReleaseAsync_ByTheHolder_FreesItAtOnceButNotByAnother()
    {
        var now = _db.Time.GetUtcNow();
        await _leases.TryAcquireAsync("discord:shard:1", "a", now, Duration, CancellationToken.None);

        await _leases.ReleaseAsync("discord:shard:1", "b", CancellationToken.None);
        Assert.False(await _leases.TryAcquireAsync("discord:shard:1", "b", now, Duration, CancellationToken.None));

        await _leases.ReleaseAsync("discord:shard:1", "a", CancellationToken.None);
        Assert.True(await _leases.TryAcquireAsync("discord:shard:1", "b", now, Duration, CancellationToken.None));
    }

    [StoreFact]
    public async Task TryAcquireAsync_ManyInstancesRacingForOneLease_ExactlyOneWins()
    {
        var now = _db.Time.GetUtcNow();

        var results = await Task.WhenAll(Enumerable.Range(0, 16).Select(i =>
            Task.Run(() => _leases.TryAcquireAsync("telegram:polling", $"instance-{i}", now, Duration, CancellationToken.None))));

        Assert.Equal(1, results.Count(won => won));
    }
}
