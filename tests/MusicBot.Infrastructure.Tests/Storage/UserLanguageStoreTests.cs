using MusicBot.Core.Chat.Languages;
using MusicBot.Core.Conversations;
using MusicBot.Infrastructure.Storage;
using MusicBot.Testing;

namespace MusicBot.Infrastructure.Tests.Storage;

public sealed class SqliteUserLanguageStoreTests(SqliteStoreFixture stores) : UserLanguageStoreTests(stores), IClassFixture<SqliteStoreFixture>;

public sealed class PostgresUserLanguageStoreTests(PostgresStoreFixture stores) : UserLanguageStoreTests(stores), IClassFixture<PostgresStoreFixture>;

/// <summary>The contract of <see cref="UserLanguageStore"/>, run on each store.</summary>
public abstract class UserLanguageStoreTests(IStoreFixture stores) : IAsyncLifetime
{
    private static readonly ConversationScope Group = new(Platforms.Telegram, "-100200");
    private static readonly ConversationScope Private = new(Platforms.Telegram, "300");
    private static readonly UserRef InGroup = new(Group, "300");
    private static readonly UserRef InPrivate = new(Private, "300");

    private TestStore _db = null!;
    private UserLanguageStore _store = null!;

    public async Task InitializeAsync()
    {
        _db = await stores.CreateStoreAsync();
        _store = new UserLanguageStore(_db.Database, _db.Time);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [StoreFact]
    public async Task GetAsync_NothingStored_KnowsNothing()
    {
        Assert.Equal(LanguagePreference.None, await _store.GetAsync(InGroup, CancellationToken.None));
    }

    [StoreFact]
    public async Task ChooseAsync_InOneChat_FollowsTheUserIntoEveryChatOfThePlatform()
    {
        await _store.ChooseAsync(Platforms.Telegram, "300", "ru", CancellationToken.None);

        Assert.Equal("ru", (await _store.GetAsync(InGroup, CancellationToken.None)).Chosen);
        Assert.Equal("ru", (await _store.GetAsync(InPrivate, CancellationToken.None)).Chosen);
        Assert.Null((await _store.GetAsync(new UserRef(new ConversationScope(Platforms.Discord, "-100200"), "300"), CancellationToken.None)).Chosen);
    }

    [StoreFact]
    public async Task ChooseAsync_Null_ForgetsTheChoiceAndKeepsTheHint()
    {
        await _store.RememberHintAsync(Platforms.Telegram, "300", "de", CancellationToken.None);
        await _store.ChooseAsync(Platforms.Telegram, "300", "ru", CancellationToken.None);

        await _store.ChooseAsync(Platforms.Telegram, "300", null, CancellationToken.None);

        Assert.Equal(new LanguagePreference(null, "de", null), await _store.GetAsync(InGroup, CancellationToken.None));
    }

    [StoreFact]
    public async Task RememberHintAsync_NewHint_ReplacesTheOldOneAndKeepsTheChoice()
    {
        await _store.ChooseAsync(Platforms.Telegram, "300", "uk", CancellationToken.None);
        await _store.RememberHintAsync(Platforms.Telegram, "300", "de", CancellationToken.None);

        await _store.RememberHintAsync(Platforms.Telegram, "300", "fr", CancellationToken.None);

        Assert.Equal(new LanguagePreference("uk", "fr", null), await _store.GetAsync(InPrivate, CancellationToken.None));
    }

    [StoreFact]
    public async Task SetScopeDefaultAsync_SetThenRemoved_AppliesOnlyInThatScope()
    {
        await _store.SetScopeDefaultAsync(Group, "es", "admin", CancellationToken.None);

        Assert.Equal("es", (await _store.GetAsync(InGroup, CancellationToken.None)).ScopeDefault);
        Assert.Null((await _store.GetAsync(InPrivate, CancellationToken.None)).ScopeDefault);

        await _store.SetScopeDefaultAsync(Group, "pl", "admin", CancellationToken.None);
        Assert.Equal("pl", (await _store.GetAsync(InGroup, CancellationToken.None)).ScopeDefault);

        await _store.SetScopeDefaultAsync(Group, null, "admin", CancellationToken.None);
        Assert.Null((await _store.GetAsync(InGroup, CancellationToken.None)).ScopeDefault);
    }
}
