using MusicBot.Core.Credits;
using MusicBot.Core.Drafts;

namespace MusicBot.Core.Chat.Commands;

/// <summary><c>/credits</c>: the user's balance here and what their next song costs.</summary>
public sealed class CreditsCommand(ICreditLedger ledger, DraftService draftService, PriceList prices) : IChatCommand
{
    public string Name => "credits";

    public CommandHelp Help => new("/credits", "Show your credits and what a song costs.", false);

    public async Task<ChatReply> HandleAsync(ChatMessage message, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var account = await ledger.GetAccountAsync(message.User, cancellationToken);
        var view = await draftService.ShowAsync(message.User, cancellationToken);
        return new CreditsReply(account, view.Provider, view.Model, prices.PriceOf(view.Provider, view.Model));
    }
}
