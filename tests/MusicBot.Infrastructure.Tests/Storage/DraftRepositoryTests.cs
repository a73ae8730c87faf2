using MusicBot.Core.Songs;
using MusicBot.Infrastructure.Storage;
using MusicBot.Testing;
using static MusicBot.Infrastructure.Tests.Storage.TaskFixtures;

namespace MusicBot.Infrastructure.Tests.Storage;

public sealed class SqliteDraftRepositoryTests(SqliteStoreFixture stores) : DraftRepositoryTests(stores), IClassFixture<SqliteStoreFixture>;

public sealed class PostgresDraftRepositoryTests(PostgresStoreFixture stores) : DraftRepositoryTests(stores), IClassFixture<PostgresStoreFixture>;

/// <summary>The contract of <see cref="DraftRepository"/>, run on each store.</summary>
public abstract class DraftRepositoryTests(IStoreFixture stores) : IAsyncLifetime
{
    private TestStore _db = null!;

    public async Task InitializeAsync() => _db = await stores.CreateStoreAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [StoreFact]
    public async Task SaveAsync_EveryField_SurvivesANewConnectionToTheSameDatabase()
    {
        var draft = new Draft
        {
            Provider = "sunoapi",
            Model = "V5",
            Style = "synthwave",
            Lyrics = "line one\nline two",
            Title = "Night Drive",
            Instrumental = true,
            NegativeTags = "metal",
            VocalGender = "f",
            StyleWeight = 0.65m,
            Weirdness = 0.01m,
            AudioWeight = 1m,
            EnhancePrompt = true,
        };
        await new DraftRepository(_db.Database, _db.Time).SaveAsync(User(), draft, CancellationToken.None);

        var reopened = new DraftRepository(_db.Reopen(), _db.Time);

        Assert.Equal(draft, await reopened.GetAsync(User(), CancellationToken.None));
        Assert.Same(Draft.Empty, await reopened.GetAsync(User("bob"), CancellationToken.None));
    }

    [StoreFact]
    public async Task ClearAsync_ExistingDraft_LeavesEmptyDraft()
    {
        var drafts = new DraftRepository(_db.Database, _db.Time);
        await drafts.SaveAsync(User(), new Draft { Style = "jazz" }, CancellationToken.None);

        await drafts.ClearAsync(User(), CancellationToken.None);

        Assert.Equal(Draft.Empty, await drafts.GetAsync(User(), CancellationToken.None));
    }

    [StoreFact]
    public async Task SetAwaitedFieldAsync_ThenSave_KeepsBoth()
    {
        var drafts = new DraftRepository(_db.Database, _db.Time);

        await drafts.SetAwaitedFieldAsync(User(), DraftField.Lyrics, CancellationToken.None);
        await drafts.SaveAsync(User(), new Draft { Style = "jazz" }, CancellationToken.None);

        Assert.Equal(DraftField.Lyrics, await drafts.GetAwaitedFieldAsync(User(), CancellationToken.None));
        Assert.Equal("jazz", (await drafts.GetAsync(User(), CancellationToken.None)).Style);
        await drafts.SetAwaitedFieldAsync(User(), null, CancellationToken.None);
        Assert.Null(await drafts.GetAwaitedFieldAsync(User(), CancellationToken.None));
    }
}
