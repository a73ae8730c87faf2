using MusicBot.Infrastructure.Storage;
using MusicBot.Testing;

namespace MusicBot.Infrastructure.Tests.Storage;

public sealed class SqliteProviderCallbackLogTests(SqliteStoreFixture stores) : ProviderCallbackLogTests(stores), IClassFixture<SqliteStoreFixture>;

public sealed class PostgresProviderCallbackLogTests(PostgresStoreFixture stores) : ProviderCallbackLogTests(stores), IClassFixture<PostgresStoreFixture>;

/// <summary>The contract of <see cref="ProviderCallbackLog"/>, run on each store.</summary>
public abstract class ProviderCallbackLogTests(IStoreFixture stores) : IAsyncLifetime
{
    private TestStore _db = null!;
    private ProviderCallbackLog _log = null!;

    public async Task InitializeAsync()
    {
        _db = await stores.CreateStoreAsync();
        _log = new ProviderCallbackLog(_db.Database);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [StoreFact]
    public async Task TryRecordAsync_SameTaskAndStageTwice_RecordsOnce()
    {
        var now = _db.Time.GetUtcNow();

        Assert.True(await _log.TryRecordAsync("sunoapi", "t1", "first", now, CancellationToken.None));
        Assert.False(await _log.TryRecordAsync("sunoapi", "t1", "first", now, CancellationToken.None));
        Assert.True(await _log.TryRecordAsync("sunoapi", "t1", "complete", now, CancellationToken.None));
        Assert.True(await _log.TryRecordAsync("topview", "t1", "first", now, CancellationToken.None));
    }

    [StoreFact]
    public async Task ForgetAsync_AfterAFailedApply_LetsTheRetryIn()
    {
        var now = _db.Time.GetUtcNow();
        await _log.TryRecordAsync("musicapi", "task-3", "song.completed", now, CancellationToken.None);

        await _log.ForgetAsync("musicapi", "task-3", "song.completed", CancellationToken.None);

        Assert.True(await _log.TryRecordAsync("musicapi", "task-3", "song.completed", now, CancellationToken.None));
    }
}
