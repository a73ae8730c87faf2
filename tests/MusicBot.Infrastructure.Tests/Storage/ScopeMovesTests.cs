using MusicBot.Core.Conversations;
using MusicBot.Core.Credits;
using MusicBot.Core.Failures;
using MusicBot.Core.Generation;
using MusicBot.Core.Providers;
using MusicBot.Core.Songs;
using MusicBot.Infrastructure.Storage;
using MusicBot.Testing;

namespace MusicBot.Infrastructure.Tests.Storage;

public sealed class SqliteScopeMovesTests(SqliteStoreFixture stores) : ScopeMovesTests(stores), IClassFixture<SqliteStoreFixture>;

public sealed class PostgresScopeMovesTests(PostgresStoreFixture stores) : ScopeMovesTests(stores), IClassFixture<PostgresStoreFixture>;

/// <summary>
/// The contract of <see cref="ScopeMoves"/>, run on each store: a Telegram group upgraded to a supergroup, what its
/// members had follows, and the ledger still adds up.
/// </summary>
public abstract class ScopeMovesTests(IStoreFixture stores) : IAsyncLifetime
{
    private static readonly ConversationScope Group = new(Platforms.Telegram, "-4000000001");
    private static readonly ConversationScope Supergroup = new(Platforms.Telegram, "-1002000000099");
    private static readonly ScopeMove Upgrade = new(Group, Supergroup);

    private TestStore _db = null!;
    private ScopeMoves _moves = null!;
    private CreditLedger _ledger = null!;
    private DraftRepository _drafts = null!;
    private GenerationTaskRepository _tasks = null!;

    public async Task InitializeAsync()
    {
        _db = await stores.CreateStoreAsync();
        _moves = new ScopeMoves(_db.Database, _db.Time);
        _ledger = new CreditLedger(_db.Database, _db.QuotaOptions, _db.Time);
        _drafts = new DraftRepository(_db.Database, _db.Time);
        _tasks = new GenerationTaskRepository(_db.Database, _db.QuotaOptions);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [StoreFact]
    public async Task MoveAsync_MembersWithCreditsAndDrafts_FollowThroughPairedLedgerRows()
    {
        await _ledger.GrantAsync(Member(Group, "ana"), 5, "admin-1", "reward", CancellationToken.None);
        await _ledger.SetAsync(Member(Group, "ben"), 0, "admin-1", "spent", CancellationToken.None);
        await _drafts.SaveAsync(Member(Group, "ana"), Draft.Empty with { Style = "trance, 140 bpm" }, CancellationToken.None);
        await _ledger.SetScopeDefaultAsync(Group, 3, "admin-1", CancellationToken.None);

        Assert.True(await _moves.MoveAsync(Upgrade, CancellationToken.None));

        var ana = await _ledger.GetAccountAsync(Member(Supergroup, "ana"), CancellationToken.None);
        var ben = await _ledger.GetAccountAsync(Member(Supergroup, "ben"), CancellationToken.None);
        Assert.Equal((15, 0), (ana.Balance, ben.Balance));
        Assert.Equal(0, (await _ledger.GetAccountAsync(Member(Group, "ana"), CancellationToken.None)).Balance);
        var arrived = Assert.Single(await _ledger.GetEntriesAsync(Member(Supergroup, "ana"), 10, CancellationToken.None));
        Assert.Equal((LedgerEntryKind.Move, 15, 15, "moved from -4000000001"), (arrived.Kind, arrived.Amount, arrived.BalanceAfter, arrived.Reason));
        var left = (await _ledger.GetEntriesAsync(Member(Group, "ana"), 10, CancellationToken.None))[0];
        Assert.Equal((LedgerEntryKind.Move, -15, 0, "moved to -1002000000099"), (left.Kind, left.Amount, left.BalanceAfter, left.Reason));
        Assert.Empty(await _ledger.GetEntriesAsync(Member(Supergroup, "ben"), 10, CancellationToken.None));
        Assert.Equal("trance, 140 bpm", (await _drafts.GetAsync(Member(Supergroup, "ana"), CancellationToken.None)).Style);
        Assert.Equal(Draft.Empty, await _drafts.GetAsync(Member(Group, "ana"), CancellationToken.None));
        Assert.Equal(3, await _ledger.GetScopeDefaultAsync(Supergroup, CancellationToken.None));
        Assert.Equal(0, await _db.ScalarAsync<long>("SELECT SUM(amount) FROM credit_ledger WHERE kind = 'move'"));
        await AssertLedgerBalancesAsync();
    }

    [StoreFact]
    public async Task MoveAsync_SecondNoticeOfTheSameMove_ChangesNothing()
    {
        await _ledger.GrantAsync(Member(Group, "ana"), 5, "admin-1", "reward", CancellationToken.None);
        Assert.True(await _moves.MoveAsync(Upgrade, CancellationToken.None));
        var rows = await _db.ScalarAsync<long>("SELECT COUNT(*) FROM credit_ledger");

        Assert.False(await _moves.MoveAsync(Upgrade, CancellationToken.None));

        Assert.Equal(rows, await _db.ScalarAsync<long>("SELECT COUNT(*) FROM credit_ledger"));
        Assert.Equal(15, (await _ledger.GetAccountAsync(Member(Supergroup, "ana"), CancellationToken.None)).Balance);
        Assert.Equal([Upgrade], await _moves.ListAsync(Platforms.Telegram, CancellationToken.None));
        Assert.Empty(await _moves.ListAsync(Platforms.Discord, CancellationToken.None));
    }

    [StoreFact]
    public async Task MoveAsync_MemberAlreadySeenInTheSupergroup_KeepsTheNewerDraftAndAddsTheBalances()
    {
        await _drafts.SaveAsync(Member(Group, "ana"), Draft.Empty with { Style = "old idea" }, CancellationToken.None);
        await _ledger.GetAccountAsync(Member(Group, "ana"), CancellationToken.None);
        await _drafts.SaveAsync(Member(Supergroup, "ana"), Draft.Empty with { Style = "written after the upgrade" }, CancellationToken.None);
        await _ledger.GetAccountAsync(Member(Supergroup, "ana"), CancellationToken.None);

        await _moves.MoveAsync(Upgrade, CancellationToken.None);

        Assert.Equal("written after the upgrade", (await _drafts.GetAsync(Member(Supergroup, "ana"), CancellationToken.None)).Style);
        Assert.Equal(20, (await _ledger.GetAccountAsync(Member(Supergroup, "ana"), CancellationToken.None)).Balance);
        Assert.Equal(0, await _db.ScalarAsync<long>("SELECT COUNT(*) FROM drafts WHERE scope_id = '-4000000001'"));
        await AssertLedgerBalancesAsync();
    }

    [StoreFact]
    public async Task MoveAsync_TheGroupSpeakingAsItself_BecomesTheSupergroupSpeakingAsItself()
    {
        // Anonymous admins speak as the group: their member id is the group's id, which changes with the upgrade.
        var admins = Member(Group, Group.Id);
        await _ledger.GrantAsync(admins, 2, "system", "test", CancellationToken.None);
        await _drafts.SaveAsync(admins, Draft.Empty with { Title = "Anthem" }, CancellationToken.None);

        await _moves.MoveAsync(Upgrade, CancellationToken.None);

        var moved = Member(Supergroup, Supergroup.Id);
        Assert.Equal(12, (await _ledger.GetAccountAsync(moved, CancellationToken.None)).Balance);
        Assert.Equal("Anthem", (await _drafts.GetAsync(moved, CancellationToken.None)).Title);
        await AssertLedgerBalancesAsync();
    }

    [StoreFact]
    public async Task MoveAsync_GroupWithADefaultLanguage_TheSupergroupKeepsIt()
    {
        var languages = new UserLanguageStore(_db.Database, _db.Time);
        await languages.SetScopeDefaultAsync(Group, "uk", "admin", CancellationToken.None);

        await _moves.MoveAsync(Upgrade, CancellationToken.None);

        Assert.Equal("uk", (await languages.GetAsync(Member(Supergroup, "ana"), CancellationToken.None)).ScopeDefault);
        Assert.Null((await languages.GetAsync(Member(Group, "ana"), CancellationToken.None)).ScopeDefault);
    }

    [StoreFact]
    public async Task MoveAsync_TaskInFlight_IsRefundedIntoTheSupergroupAndDeliveredThere()
    {
        var ana = Member(Group, "ana");
        var created = Assert.IsType<CreateTaskResult.Created>(await _tasks.CreateAsync(
            TaskFixtures.NewTask("req-1", ana, price: 4) with { Target = new DeliveryTarget(Platforms.Telegram, Group.Id, "77") },
            CancellationToken.None));
        var now = _db.Time.GetUtcNow();
        Assert.True(await _tasks.ApplyAsync(TaskProgression.Submitted(created.Task, "p-1", now, now), CancellationToken.None));

        await _moves.MoveAsync(Upgrade, CancellationToken.None);
        var task = (await _tasks.GetAsync(created.Task.Id, CancellationToken.None))!;
        Assert.True(await _tasks.ApplyAsync(TaskProgression.Failed(task, TaskState.Failed, new TaskFailure.GenerationFailed(ProviderNames.Local, "provider said no"), _db.Time.GetUtcNow()), CancellationToken.None));

        Assert.Equal((Member(Supergroup, "ana"), new DeliveryTarget(Platforms.Telegram, Supergroup.Id, "77")), (task.User, task.Target));
        Assert.Equal(10, (await _ledger.GetAccountAsync(Member(Supergroup, "ana"), CancellationToken.None)).Balance);
        Assert.Equal(0, (await _ledger.GetAccountAsync(ana, CancellationToken.None)).Balance);
        await AssertLedgerBalancesAsync();
    }

    [StoreFact]
    public async Task MoveAsync_ToItsOwnIdOrAnotherPlatform_IsRefused()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => _moves.MoveAsync(new ScopeMove(Group, Group), CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => _moves.MoveAsync(new ScopeMove(Group, new ConversationScope(Platforms.Discord, "1")), CancellationToken.None));
        Assert.Empty(await _moves.ListAsync(Platforms.Telegram, CancellationToken.None));
    }

    private static UserRef Member(ConversationScope scope, string id) => new(scope, id);

    private async Task AssertLedgerBalancesAsync() => Assert.Equal(0, await _db.LedgerMismatchesAsync());
}
