using MusicBot.Core.Credits;
using MusicBot.Core.Drafts;
using MusicBot.Core.Generation;
using MusicBot.Discord.Interactions;
using MusicBot.Discord.Rendering;

namespace MusicBot.Discord.Commands;

/// <summary><c>/music credits</c> and <c>/music history</c>: the user's own account, shown only to them.</summary>
public sealed class AccountHandler(ICreditLedger ledger, DraftService drafts, PriceList prices, IGenerationTaskRepository tasks) : IInteractionHandler
{
    private const int HistoryLength = 10;

    public async Task<InteractionReply> HandleAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Path == "history")
        {
            return Private(OutcomeRenderer.History(await tasks.ListHistoryAsync(context.User, HistoryLength, cancellationToken)));
        }

        var account = await ledger.GetAccountAsync(context.User, context.RoleIds, cancellationToken);
        var view = await drafts.ShowAsync(context.User, cancellationToken);
        return Private(OutcomeRenderer.Credits(account, view.Provider, view.Model, prices.PriceOf(view.Provider, view.Model)));
    }

    private static InteractionReply.Message Private(Json.MessagePayload message) => new InteractionReply.Message(message, IsEphemeral: true);
}
