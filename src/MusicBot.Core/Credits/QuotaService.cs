using MusicBot.Core.Conversations;

namespace MusicBot.Core.Credits;

/// <summary>
/// The quota rules, owned once: every admin change of credits (chat on any platform, and the operators' CLI) goes
/// through here, so an amount out of range is refused the same way everywhere and nothing is silently clamped.
/// </summary>
public sealed class QuotaService(ICreditLedger ledger)
{
    /// <summary>The ledger reasons of admin changes (an audit code, not a sentence).</summary>
    public const string SetReason = "admin-set";

    public const string GrantReason = "admin-grant";

    /// <summary>
    /// Sets the user's balance. A user seen for the first time is opened first with their roles' allowance
    /// (<paramref name="roleIds"/>), so the set replaces what they would have started with.
    /// </summary>
    public async Task<QuotaResult> SetAsync(UserRef user, long credits, string actor, IReadOnlyCollection<string> roleIds, CancellationToken cancellationToken, string reason = SetReason)
    {
        if (!QuotaLimits.IsValid(credits))
        {
            return new QuotaResult.OutOfRange(credits, QuotaLimits.MaxCredits);
        }

        await ledger.GetAccountAsync(user, roleIds, cancellationToken);
        return new QuotaResult.Changed(await ledger.SetAsync(user, (int)credits, actor, reason, cancellationToken));
    }

    /// <summary>Adds credits to the user's balance (opened first with their roles' allowance, as for <see cref="SetAsync"/>).</summary>
    public async Task<QuotaResult> GrantAsync(UserRef user, long credits, string actor, IReadOnlyCollection<string> roleIds, CancellationToken cancellationToken, string reason = GrantReason)
    {
        if (!QuotaLimits.IsValid(credits))
        {
            return new QuotaResult.OutOfRange(credits, QuotaLimits.MaxCredits);
        }

        await ledger.GetAccountAsync(user, roleIds, cancellationToken);
        return new QuotaResult.Changed(await ledger.GrantAsync(user, (int)credits, actor, reason, cancellationToken));
    }

    /// <summary>The allowance new users of the scope start with.</summary>
    public async Task<QuotaResult> SetDefaultAsync(ConversationScope scope, long credits, string actor, CancellationToken cancellationToken)
    {
        if (!QuotaLimits.IsValid(credits))
        {
            return new QuotaResult.OutOfRange(credits, QuotaLimits.MaxCredits);
        }

        await ledger.SetScopeDefaultAsync(scope, (int)credits, actor, cancellationToken);
        return new QuotaResult.AllowanceSet((int)credits);
    }

    /// <summary>The allowance new members holding <paramref name="roleId"/> start with; null removes it.</summary>
    public async Task<QuotaResult> SetRoleAsync(ConversationScope scope, string roleId, long? credits, string actor, CancellationToken cancellationToken)
    {
        if (credits is { } value && !QuotaLimits.IsValid(value))
        {
            return new QuotaResult.OutOfRange(value, QuotaLimits.MaxCredits);
        }

        await ledger.SetRoleAllowanceAsync(scope, roleId, (int?)credits, actor, cancellationToken);
        return new QuotaResult.AllowanceSet((int?)credits);
    }

    /// <summary>What the user has, or would start with; a look never opens an account (admins may name anyone).</summary>
    public Task<CreditAccount> ShowAsync(UserRef user, IReadOnlyCollection<string> roleIds, CancellationToken cancellationToken) =>
        ledger.PeekAccountAsync(user, roleIds, cancellationToken);

    /// <summary>The scope's default allowance and its role allowances.</summary>
    public async Task<(int Default, IReadOnlyDictionary<string, int> Roles)> AllowancesAsync(ConversationScope scope, CancellationToken cancellationToken) =>
        (await ledger.GetScopeDefaultAsync(scope, cancellationToken), await ledger.GetRoleAllowancesAsync(scope, cancellationToken));
}
