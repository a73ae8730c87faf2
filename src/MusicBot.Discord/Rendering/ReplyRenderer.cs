using MusicBot.Core.Chat;
using MusicBot.Core.Songs;
using MusicBot.Discord.Interactions;
using MusicBot.Discord.Json;
using MusicBot.Messages;

namespace MusicBot.Discord.Rendering;

/// <summary>
/// Core's reply to an interaction, as Discord's answer: drafts, credits, errors and quota changes privately; a queued
/// song publicly; a draft button replaces the preview it is on.
/// </summary>
public static class ReplyRenderer
{
    public static InteractionReply Render(ChatReply reply, ReplySource source)
    {
        ArgumentNullException.ThrowIfNull(reply);
        switch (reply)
        {
            case GenerateReply generate:
                var (message, isEphemeral) = OutcomeRenderer.Generate(generate.Outcome, source);
                return new InteractionReply.Message(message, isEphemeral);
            case DraftReply draft when source == ReplySource.DraftButton:
                return new InteractionReply.Update(DraftRenderer.Preview(draft.View, Headline(draft, source), draft.Refusals));
            case DraftReply draft:
                return Private(DraftRenderer.Preview(draft.View, Headline(draft, source), draft.Refusals));
            case DraftRefusedReply refused:
                return Private(DraftRenderer.Preview(refused.View, null, [refused.Refusal]));
            case CreditsReply credits:
                return Private(OutcomeRenderer.Credits(credits.Account, credits.Provider, credits.Model, credits.Price));
            case HistoryReply history:
                return Private(OutcomeRenderer.History(history.Tasks));
            case QuotaReply { Action: QuotaAction.Show } quota:
                return Private(OutcomeRenderer.Account("", quota.Account));
            case QuotaReply quota:
                return Private(OutcomeRenderer.Account("Done:", quota.Account));
            case AllowancesReply allowances:
                return Private(OutcomeRenderer.Allowances(allowances.Default, allowances.Roles));
            case ScopeDefaultReply scope:
                return Private($"New members here now start with {Words.Credits(scope.Credits)} (unless one of their roles has an allowance).");
            case RoleAllowanceReply { Credits: { } credits } role:
                return Private($"New members with <@&{role.RoleId}> now start with {Words.Credits(credits)} (the highest of their roles counts). Existing balances are unchanged; use `/music-quota set` for those.");
            case RoleAllowanceReply role:
                return Private($"<@&{role.RoleId}> no longer has an allowance.");
            case QuotaOutOfRangeReply range:
                return Private($"Credits must be a whole number from 0 to {range.Max}; nothing was changed.");
            case NotAllowedReply { Because: NotAllowedBecause.PrivateScope }:
                return Private("Credits are managed per server: use `/music-quota` in a server.");
            case NotAllowedReply:
                return Private("Only members with the **Manage Server** permission can manage credits.");
            case UsageReply { Command: Core.Chat.Commands.QuotaCommand.CommandName }:
                return Private("That quota command is missing an option.");
            case UsageReply usage:
                return Private(DiscordText.Escape(Words.Problem(usage.Problem)));
            default:
                throw new ArgumentOutOfRangeException(nameof(reply), reply.GetType().Name, "No Discord rendering.");
        }
    }

    private static Phrases Words => DiscordSyntax.Words;

    /// <summary>What just happened to the draft, as the first line of the preview.</summary>
    private static string? Headline(DraftReply reply, ReplySource source) => reply.Change switch
    {
        DraftChange.Cleared => "Draft cleared.",
        DraftChange.Set when reply.Field == DraftField.Instrumental && source == ReplySource.DraftButton =>
            reply.View.Draft.Instrumental ? "Instrumental on: no vocals." : "Instrumental off.",
        DraftChange.Set or DraftChange.Saved => $"{Words.FieldTitle(reply.Field!.Value)} saved.",
        DraftChange.Updated => "Draft updated.",
        DraftChange.NothingToChange => "Nothing to change: give at least one option.",
        DraftChange.NotGenerated => "Nothing was generated; fix these first.",
        _ => null,
    };

    private static InteractionReply.Message Private(string text) => Private(DiscordRenderer.Notice(text));

    private static InteractionReply.Message Private(MessagePayload message) => new(message, IsEphemeral: true);
}
