using MusicBot.Core.Drafts;

namespace MusicBot.Core.Chat.Commands;

/// <summary><c>clear</c>: start a fresh draft.</summary>
public sealed class ClearCommand(DraftService draftService) : IChatCommand
{
    public string Name => "clear";

    public CommandNeeds Needs => CommandNeeds.None;

    public TextParse? ParseText(string text) => new(CommandArguments.None);

    public async Task<ChatReply> HandleAsync(Invocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        return new DraftReply(await draftService.ClearAsync(invocation.User, cancellationToken), DraftChange.Cleared);
    }
}
