using MusicBot.Core.Conversations;
using MusicBot.Core.Credits;
using MusicBot.Discord.Interactions;
using MusicBot.Discord.Json;
using MusicBot.Discord.Rendering;

namespace MusicBot.Discord.Commands;

/// <summary>
/// <c>/music-quota set|grant|show|default|role</c>. Discord hides the command from members without Manage Server, but
/// that default can be changed by server owners, so the permission is checked again from the member's permissions in
/// the interaction itself. Everything happens in the server's own scope.
/// </summary>
public sealed class QuotaHandler(ICreditLedger ledger) : IInteractionHandler
{
    private const int MaxCredits = 1_000_000;

    public async Task<InteractionReply> HandleAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.IsInGuild)
        {
            return Private("Credits are managed per server: use `/music-quota` in a server.");
        }

        if (!context.IsAdmin)
        {
            return Private("Only members with the **Manage Server** permission can manage credits.");
        }

        var actor = context.UserId;
        var credits = context.NumberOf("credits") is { } value ? (int)Math.Clamp(value, 0, MaxCredits) : (int?)null;
        var member = context.TextOf("user");
        switch (context.Path)
        {
            case "set" when member is not null && credits is { } balance:
                await EnsureAsync(context, member, cancellationToken);
                return Private(OutcomeRenderer.Account("Done:", await ledger.SetAsync(Member(context, member), balance, actor, "admin set", cancellationToken)));
            case "grant" when member is not null && credits is { } amount:
                await EnsureAsync(context, member, cancellationToken);
                return Private(OutcomeRenderer.Account("Done:", await ledger.GrantAsync(Member(context, member), amount, actor, "admin grant", cancellationToken)));
            case "show" when member is not null:
                return Private(OutcomeRenderer.Account("", await ledger.GetAccountAsync(Member(context, member), context.RolesOf(member), cancellationToken)));
            case "show":
                return Private(OutcomeRenderer.Allowances(
                    await ledger.GetScopeDefaultAsync(context.Scope, cancellationToken),
                    await ledger.GetRoleAllowancesAsync(context.Scope, cancellationToken)));
            case "default" when credits is { } allowance:
                await ledger.SetScopeDefaultAsync(context.Scope, allowance, actor, cancellationToken);
                return Private($"New members here now start with {DiscordText.Credits(allowance)} (unless one of their roles has an allowance).");
            case "role" when context.TextOf("role") is { } role:
                await ledger.SetRoleAllowanceAsync(context.Scope, role, credits, actor, cancellationToken);
                return Private(credits is { } roleCredits
                    ? $"New members with <@&{role}> now start with {DiscordText.Credits(roleCredits)} (the highest of their roles counts). Existing balances are unchanged; use `/music-quota set` for those."
                    : $"<@&{role}> no longer has an allowance.");
            default:
                return Private("That quota command is missing an option.");
        }
    }

    /// <summary>A member seen for the first time starts from their roles' allowance before an admin changes it.</summary>
    private Task<CreditAccount> EnsureAsync(InteractionContext context, string member, CancellationToken cancellationToken) =>
        ledger.GetAccountAsync(Member(context, member), context.RolesOf(member), cancellationToken);

    private static UserRef Member(InteractionContext context, string userId) => new(context.Scope, userId);

    private static InteractionReply.Message Private(string text) => Private(DiscordRenderer.Notice(text));

    private static InteractionReply.Message Private(MessagePayload message) => new InteractionReply.Message(message, IsEphemeral: true);
}
