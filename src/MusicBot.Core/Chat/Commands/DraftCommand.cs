using MusicBot.Core.Drafts;

namespace MusicBot.Core.Chat.Commands;

/// <summary><c>/draft</c>: show the draft and what is still missing for its provider and model.</summary>
public sealed class DraftCommand(DraftService draftService) : IChatCommand
{
    public string Name => "draft";

    public CommandHelp Help => new("/draft", "Show your draft and what is still missing.", false);

    public async Task<ChatReply> HandleAsync(ChatMessage message, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new DraftReply(null, await draftService.ShowAsync(message.User, cancellationToken));
    }
}
