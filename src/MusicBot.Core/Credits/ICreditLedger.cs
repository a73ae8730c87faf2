using MusicBot.Core.Conversations;

namespace MusicBot.Core.Credits;

/// <summary>
/// Per-(scope, user) balances over an append-only ledger. A user seen for the first time gets the scope's default
/// allowance. Reserve, capture and refund happen inside task transitions (see the task repository), so that a task
/// and its money can never disagree.
/// </summary>
public interface ICreditLedger
{
    Task<CreditAccount> GetAccountAsync(UserRef user, CancellationToken cancellationToken);

    /// <summary>
    /// Like <see cref="GetAccountAsync(UserRef, CancellationToken)"/>, for platforms with roles: a user seen for the first
    /// time starts with the highest allowance set for any of <paramref name="roleIds"/>, or the scope's default when
    /// none of them has one. An existing account is returned unchanged.
    /// </summary>
    Task<CreditAccount> GetAccountAsync(UserRef user, IReadOnlyCollection<string> roleIds, CancellationToken cancellationToken);

    /// <summary>
    /// A read-only look-up: the user's account, or for a user never seen the account they would be opened with (their
    /// roles' highest allowance else the scope's default, nothing spent). Writes nothing, so looking at a name never
    /// creates an account or a ledger row.
    /// </summary>
    Task<CreditAccount> PeekAccountAsync(UserRef user, IReadOnlyCollection<string> roleIds, CancellationToken cancellationToken);

    Task<CreditAccount> GrantAsync(UserRef user, int amount, string actor, string reason, CancellationToken cancellationToken);

    Task<CreditAccount> SetAsync(UserRef user, int balance, string actor, string reason, CancellationToken cancellationToken);

    /// <summary>The allowance new users of this scope start with (the configured default until an admin sets one).</summary>
    Task<int> GetScopeDefaultAsync(ConversationScope scope, CancellationToken cancellationToken);

    Task SetScopeDefaultAsync(ConversationScope scope, int credits, string actor, CancellationToken cancellationToken);

    /// <summary>Sets (or, with null, removes) the allowance new members holding <paramref name="roleId"/> start with.</summary>
    Task SetRoleAllowanceAsync(ConversationScope scope, string roleId, int? credits, string actor, CancellationToken cancellationToken);

    /// <summary>The role allowances of a scope, by role id.</summary>
    Task<IReadOnlyDictionary<string, int>> GetRoleAllowancesAsync(ConversationScope scope, CancellationToken cancellationToken);

    Task<IReadOnlyList<LedgerEntry>> GetEntriesAsync(UserRef user, int limit, CancellationToken cancellationToken);

    /// <summary>Accounts already created, in one scope or (null) in all scopes, ordered by scope and user; for operators.</summary>
    Task<IReadOnlyList<CreditAccount>> ListAccountsAsync(ConversationScope? scope, int limit, CancellationToken cancellationToken);
}
