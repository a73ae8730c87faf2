using MusicBot.Core.Drafts;

namespace MusicBot.Core.Chat.Commands;

/// <summary><c>draft</c>: show the draft and what is still missing for its provider and model.</summary>
public sealed class DraftCommand(DraftService draftService) : IChatCommand
{
    public string Name => "draft";

    public CommandNeeds Needs => CommandNeeds.None;

    public TextParse? ParseText(string text) => new(CommandArguments.None);

    public async Task<ChatReply> HandleAsync(Invocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        return new DraftReply(await draftService.ShowAsync(invocation.User, cancellationToken));
    }
}
