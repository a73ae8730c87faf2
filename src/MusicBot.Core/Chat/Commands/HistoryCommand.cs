using MusicBot.Core.Generation;

namespace MusicBot.Core.Chat.Commands;

/// <summary><c>/history</c>: the user's recent songs and their state.</summary>
public sealed class HistoryCommand(IGenerationTaskRepository tasks) : IChatCommand
{
    private const int Shown = 10;

    public string Name => "history";

    public CommandHelp Help => new("/history", $"Your last {Shown} requests.", false);

    public async Task<ChatReply> HandleAsync(ChatMessage message, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new HistoryReply(await tasks.ListHistoryAsync(message.User, Shown, cancellationToken));
    }
}
