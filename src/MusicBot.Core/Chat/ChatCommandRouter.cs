using MusicBot.Core.Drafts;
using MusicBot.Core.Observability;

namespace MusicBot.Core.Chat;

/// <summary>
/// Routes one chat message: a command goes to its handler; plain text fills the field the user was asked for
/// (after a bare <c>/lyrics</c>); anything else gets a hint. <c>/start</c> and <c>/help</c> are answered here
/// because they describe all the other commands.
/// </summary>
public sealed class ChatCommandRouter(IEnumerable<IChatCommand> commands, IDraftRepository drafts, DraftService draftService, MusicBotMetrics metrics)
{
    private readonly Dictionary<string, IChatCommand> _commands = commands.ToDictionary(c => c.Name, StringComparer.Ordinal);

    public IReadOnlyList<CommandHelp> Help =>
    [
        new("/help", "Show this list.", false),
        .. _commands.Values.Select(c => c.Help),
    ];

    public async Task<ChatReply> HandleAsync(ChatMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var awaited = await drafts.GetAwaitedFieldAsync(message.User, cancellationToken);
        var line = CommandLine.TryParse(message.Text);
        if (line is null)
        {
            return awaited is { } field
                ? await FillAwaitedAsync(message, field, cancellationToken)
                : new NotACommandReply();
        }

        if (awaited is not null)
        {
            // Another command means the user moved on from the question we asked.
            await drafts.SetAwaitedFieldAsync(message.User, null, cancellationToken);
        }

        var isKnown = line.Name is "start" or "help" || _commands.ContainsKey(line.Name);
        metrics.CommandHandled(message.User.Platform, isKnown ? line.Name : "unknown");
        return line.Name switch
        {
            "start" => new HelpReply(Help, IsWelcome: true),
            "help" => new HelpReply(Help, IsWelcome: false),
            _ when _commands.TryGetValue(line.Name, out var command) => await command.HandleAsync(message, line.Arguments, cancellationToken),
            _ => new UnknownCommandReply(line.Name),
        };
    }

    private async Task<ChatReply> FillAwaitedAsync(ChatMessage message, DraftField field, CancellationToken cancellationToken)
    {
        var edit = await draftService.SetAsync(message.User, field, message.Text, cancellationToken);
        if (!edit.IsApplied)
        {
            // Keep waiting: the user can send a corrected text.
            return new DraftRefusedReply(edit.Problem!, edit.View);
        }

        await drafts.SetAwaitedFieldAsync(message.User, null, cancellationToken);
        return new DraftReply($"{Capitalize(DraftFieldNames.Display(field))} saved.", edit.View);
    }

    private static string Capitalize(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
