using MusicBot.Core.Credits;
using MusicBot.Core.Drafts;

namespace MusicBot.Core.Chat.Commands;

/// <summary><c>credits</c>: the user's balance here and what their next song costs.</summary>
public sealed class CreditsCommand(ICreditLedger ledger, DraftService draftService, PriceList prices) : IChatCommand
{
    public string Name => "credits";

    public CommandNeeds Needs => CommandNeeds.None;

    public TextParse? ParseText(string text) => new(CommandArguments.None);

    public async Task<ChatReply> HandleAsync(Invocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        var account = await ledger.GetAccountAsync(invocation.User, invocation.Invoker.Roles, cancellationToken);
        var view = await draftService.ShowAsync(invocation.User, cancellationToken);
        return new CreditsReply(account, view.Provider, view.Model, prices.PriceOf(view.Provider, view.Model));
    }
}
