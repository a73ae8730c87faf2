using MusicBot.Core.Drafts;

namespace MusicBot.Core.Chat.Commands;

/// <summary><c>/clear</c>: start a fresh draft.</summary>
public sealed class ClearCommand(DraftService draftService) : IChatCommand
{
    public string Name => "clear";

    public CommandHelp Help => new("/clear", "Start over with an empty draft.", false);

    public async Task<ChatReply> HandleAsync(ChatMessage message, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new DraftReply("Draft cleared.", await draftService.ClearAsync(message.User, cancellationToken));
    }
}
