using MusicBot.Infrastructure.Sqlite;
using MusicBot.Infrastructure.Storage;
using MusicBot.Testing;

namespace MusicBot.Infrastructure.Tests.Sqlite;

public sealed class SqliteProviderCallbackLogTests : IAsyncLifetime
{
    private TestDatabase _db = null!;
    private ProviderCallbackLog _log = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _log = new ProviderCallbackLog(_db.Database);
    }

    public Task DisposeAsync()
    {
        _db.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task TryRecordAsync_SameTaskAndStageTwice_RecordsOnce()
    {
        var now = _db.Time.GetUtcNow();

        Assert.True(await _log.TryRecordAsync("sunoapi", "t1", "first", now, CancellationToken.None));
        Assert.False(await _log.TryRecordAsync("sunoapi", "t1", "first", now, CancellationToken.None));
        Assert.True(await _log.TryRecordAsync("sunoapi", "t1", "complete", now, CancellationToken.None));
        Assert.True(await _log.TryRecordAsync("topview", "t1", "first", now, CancellationToken.None));
    }

    [Fact]
    public async Task ForgetAsync_AfterAFailedApply_LetsTheRetryIn()
    {
        var now = _db.Time.GetUtcNow();
        await _log.TryRecordAsync("musicapi", "task-3", "song.completed", now, CancellationToken.None);

        await _log.ForgetAsync("musicapi", "task-3", "song.completed", CancellationToken.None);

        Assert.True(await _log.TryRecordAsync("musicapi", "task-3", "song.completed", now, CancellationToken.None));
    }
}
