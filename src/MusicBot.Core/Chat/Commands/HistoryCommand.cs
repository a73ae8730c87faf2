using MusicBot.Core.Generation;

namespace MusicBot.Core.Chat.Commands;

/// <summary><c>history</c>: the user's recent songs and their state.</summary>
public sealed class HistoryCommand(IGenerationTaskRepository tasks) : IChatCommand
{
    /// <summary>How many requests the history shows.</summary>
    public const int Shown = 10;

    public string Name => "history";

    public CommandNeeds Needs => CommandNeeds.None;

    public TextParse? ParseText(string text) => new(CommandArguments.None);

    public async Task<ChatReply> HandleAsync(Invocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        return new HistoryReply(await tasks.ListHistoryAsync(invocation.User, Shown, cancellationToken));
    }
}
