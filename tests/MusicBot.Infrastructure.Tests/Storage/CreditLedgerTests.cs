using MusicBot.Core.Conversations;
using MusicBot.Core.Credits;
using MusicBot.Infrastructure.Storage;
using MusicBot.Testing;
using static MusicBot.Infrastructure.Tests.Storage.TaskFixtures;

namespace MusicBot.Infrastructure.Tests.Storage;

public sealed class SqliteCreditLedgerTests(SqliteStoreFixture stores) : CreditLedgerTests(stores), IClassFixture<SqliteStoreFixture>;

public sealed class PostgresCreditLedgerTests(PostgresStoreFixture stores) : CreditLedgerTests(stores), IClassFixture<PostgresStoreFixture>;

/// <summary>The contract of <see cref="CreditLedger"/>, run on each store.</summary>
public abstract class CreditLedgerTests(IStoreFixture stores) : IAsyncLifetime
{
    private TestStore _db = null!;
    private CreditLedger _ledger = null!;

    public async Task InitializeAsync()
    {
        _db = await stores.CreateStoreAsync();
        _ledger = new CreditLedger(_db.Database, _db.QuotaOptions, _db.Time);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [StoreFact]
    public async Task GetAccountAsync_NewUser_StartsWithConfiguredDefaultOnce()
    {
        var first = await _ledger.GetAccountAsync(User(), CancellationToken.None);
        var again = await _ledger.GetAccountAsync(User(), CancellationToken.None);

        Assert.Equal(10, first.Balance);
        Assert.Equal(10, again.Balance);
        var entry = Assert.Single(await _ledger.GetEntriesAsync(User(), 10, CancellationToken.None));
        Assert.Equal((LedgerEntryKind.Grant, 10, "system"), (entry.Kind, entry.Amount, entry.Actor));
    }

    [StoreFact]
    public async Task SetScopeDefaultAsync_ThenNewUser_StartsWithScopeDefault()
    {
        await _ledger.SetScopeDefaultAsync(Scope, 3, "admin", CancellationToken.None);

        Assert.Equal(3, (await _ledger.GetAccountAsync(User("new"), CancellationToken.None)).Balance);
        Assert.Equal(3, await _ledger.GetScopeDefaultAsync(Scope, CancellationToken.None));
        var otherScope = new UserRef(new ConversationScope(Platforms.Telegram, "-100"), "new");
        Assert.Equal(10, (await _ledger.GetAccountAsync(otherScope, CancellationToken.None)).Balance);
    }

    [StoreFact]
    public async Task SetAsync_LowerBalance_AppendsDifferenceWithActor()
    {
        var account = await _ledger.SetAsync(User(), 4, "admin-1", "admin set", CancellationToken.None);

        Assert.Equal(4, account.Balance);
        var latest = (await _ledger.GetEntriesAsync(User(), 1, CancellationToken.None))[0];
        Assert.Equal((LedgerEntryKind.Set, -6, 4, "admin-1"), (latest.Kind, latest.Amount, latest.BalanceAfter, latest.Actor));
    }

    [StoreFact]
    public async Task GrantAsync_AddsToBalance()
    {
        var account = await _ledger.GrantAsync(User(), 5, "admin-1", "admin grant", CancellationToken.None);

        Assert.Equal(15, account.Balance);
        Assert.Equal(15, account.Granted);
    }

    [StoreFact]
    public async Task SetAsync_NegativeBalance_Throws()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => _ledger.SetAsync(User(), -1, "admin", "oops", CancellationToken.None));
        Assert.Equal(0, await _db.ScalarAsync<long>("SELECT COUNT(*) FROM credit_ledger"));
    }

    [StoreFact]
    public async Task ListAccountsAsync_OneScope_ListsOnlyThatScopeOrderedByUser()
    {
        var group = new ConversationScope(Platforms.Telegram, "-100123");
        await _ledger.GrantAsync(new UserRef(group, "42"), 5, "admin", "test", CancellationToken.None);
        await _ledger.GetAccountAsync(new UserRef(group, "17"), CancellationToken.None);
        await _ledger.GetAccountAsync(User("elsewhere"), CancellationToken.None);

        var inGroup = await _ledger.ListAccountsAsync(group, 100, CancellationToken.None);
        var everywhere = await _ledger.ListAccountsAsync(null, 100, CancellationToken.None);

        Assert.Equal([("17", 10), ("42", 15)], inGroup.Select(a => (a.User.UserId, a.Balance)));
        Assert.Equal(3, everywhere.Count);
        Assert.Single(await _ledger.ListAccountsAsync(null, 1, CancellationToken.None));
    }

    [StoreFact]
    public async Task GetAccountAsync_NewMemberWithRoles_StartsWithTheHighestRoleAllowance()
    {
        await _ledger.SetScopeDefaultAsync(Scope, 2, "admin", CancellationToken.None);
        await _ledger.SetRoleAllowanceAsync(Scope, "dj", 7, "admin", CancellationToken.None);
        await _ledger.SetRoleAllowanceAsync(Scope, "listener", 1, "admin", CancellationToken.None);

        var both = await _ledger.GetAccountAsync(User("both"), ["listener", "dj", "unknown"], CancellationToken.None);
        var listener = await _ledger.GetAccountAsync(User("listener"), ["listener"], CancellationToken.None);
        var none = await _ledger.GetAccountAsync(User("none"), ["unknown"], CancellationToken.None);

        Assert.Equal((7, 1, 2), (both.Balance, listener.Balance, none.Balance));
        var grant = Assert.Single(await _ledger.GetEntriesAsync(User("both"), 10, CancellationToken.None));
        Assert.Equal((LedgerEntryKind.Grant, 7, "system"), (grant.Kind, grant.Amount, grant.Actor));
    }

    [StoreFact]
    public async Task GetAccountAsync_ExistingAccount_RolesChangeNothing()
    {
        await _ledger.GetAccountAsync(User(), CancellationToken.None);
        await _ledger.SetRoleAllowanceAsync(Scope, "dj", 50, "admin", CancellationToken.None);

        Assert.Equal(10, (await _ledger.GetAccountAsync(User(), ["dj"], CancellationToken.None)).Balance);
    }

    [StoreFact]
    public async Task SetRoleAllowanceAsync_SetReplaceAndRemove_OnlyInItsScope()
    {
        var other = new ConversationScope(Platforms.Discord, "guild-2");
        await _ledger.SetRoleAllowanceAsync(Scope, "dj", 3, "admin", CancellationToken.None);
        await _ledger.SetRoleAllowanceAsync(Scope, "dj", 4, "admin", CancellationToken.None);
        await _ledger.SetRoleAllowanceAsync(Scope, "vip", 9, "admin", CancellationToken.None);
        await _ledger.SetRoleAllowanceAsync(other, "dj", 1, "admin", CancellationToken.None);

        await _ledger.SetRoleAllowanceAsync(Scope, "vip", null, "admin", CancellationToken.None);

        Assert.Equal(new Dictionary<string, int> { ["dj"] = 4 }, await _ledger.GetRoleAllowancesAsync(Scope, CancellationToken.None));
        Assert.Equal(new Dictionary<string, int> { ["dj"] = 1 }, await _ledger.GetRoleAllowancesAsync(other, CancellationToken.None));
    }

    [StoreFact]
    public async Task PeekAccountAsync_UnknownUser_WritesNothingAndEqualsTheAccountFirstUseOpens()
    {
        await _ledger.SetScopeDefaultAsync(Scope, 2, "admin", CancellationToken.None);
        await _ledger.SetRoleAllowanceAsync(Scope, "dj", 7, "admin", CancellationToken.None);
        const string rows = "SELECT (SELECT COUNT(*) FROM credit_accounts) * 1000 + (SELECT COUNT(*) FROM credit_ledger)";

        var dj = await _ledger.PeekAccountAsync(User("dj"), ["dj"], CancellationToken.None);
        var plain = await _ledger.PeekAccountAsync(User("plain"), [], CancellationToken.None);

        Assert.Equal(0, await _db.ScalarAsync<long>(rows));
        Assert.Equal(await _ledger.GetAccountAsync(User("dj"), ["dj"], CancellationToken.None), dj);
        Assert.Equal(await _ledger.GetAccountAsync(User("plain"), [], CancellationToken.None), plain);
        Assert.Equal((7, 2), (dj.Balance, plain.Balance));
    }

    [StoreFact]
    public async Task PeekAccountAsync_ExistingAccount_ShowsItsFigures()
    {
        await _ledger.SetAsync(User(), 3, "admin", "admin set", CancellationToken.None);

        var peeked = await _ledger.PeekAccountAsync(User(), ["dj"], CancellationToken.None);

        Assert.Equal(await _ledger.GetAccountAsync(User(), CancellationToken.None), peeked);
        Assert.Equal(3, peeked.Balance);
    }
}
