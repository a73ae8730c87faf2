using MusicBot.Core.Conversations;
using MusicBot.Infrastructure.Storage;
using MusicBot.Testing;

namespace MusicBot.Infrastructure.Tests.Storage;

public sealed class SqliteUserDirectoryTests(SqliteStoreFixture stores) : UserDirectoryTests(stores), IClassFixture<SqliteStoreFixture>;

public sealed class PostgresUserDirectoryTests(PostgresStoreFixture stores) : UserDirectoryTests(stores), IClassFixture<PostgresStoreFixture>;

/// <summary>The contract of <see cref="UserDirectory"/>, run on each store.</summary>
public abstract class UserDirectoryTests(IStoreFixture stores) : IAsyncLifetime
{
    private TestStore _db = null!;
    private UserDirectory _users = null!;

    public async Task InitializeAsync()
    {
        _db = await stores.CreateStoreAsync();
        _users = new UserDirectory(_db.Database, _db.Time);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [StoreFact]
    public async Task FindByHandleAsync_AnyCaseWithOrWithoutAt_FindsTheUser()
    {
        await _users.RememberAsync(new KnownUser("telegram", "100000001", "test_user", "Test"), CancellationToken.None);

        var found = await _users.FindByHandleAsync("telegram", "@Test_User", CancellationToken.None);

        Assert.Equal("100000001", found?.UserId);
        Assert.Null(await _users.FindByHandleAsync("discord", "test_user", CancellationToken.None));
    }

    [StoreFact]
    public async Task FindByHandleAsync_HandlePassedToAnotherUser_GivesTheLatest()
    {
        await _users.RememberAsync(new KnownUser("telegram", "1", "dj", "Old"), CancellationToken.None);
        _db.Time.Advance(TimeSpan.FromMinutes(1));
        await _users.RememberAsync(new KnownUser("telegram", "2", "dj", "New"), CancellationToken.None);

        Assert.Equal("2", (await _users.FindByHandleAsync("telegram", "dj", CancellationToken.None))?.UserId);
    }

    [StoreFact]
    public async Task RememberAsync_RenamedUser_UpdatesTheRow()
    {
        await _users.RememberAsync(new KnownUser("telegram", "1", "old_name", "A"), CancellationToken.None);
        await _users.RememberAsync(new KnownUser("telegram", "1", "new_name", "A"), CancellationToken.None);

        Assert.Equal("new_name", (await _users.FindByIdAsync("telegram", "1", CancellationToken.None))?.Handle);
        Assert.Null(await _users.FindByHandleAsync("telegram", "old_name", CancellationToken.None));
    }
}
