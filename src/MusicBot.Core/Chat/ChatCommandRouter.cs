using MusicBot.Core.Credits;
using MusicBot.Core.Drafts;
using MusicBot.Core.Observability;
using MusicBot.Core.Songs;

namespace MusicBot.Core.Chat;

/// <summary>
/// The one command path. <see cref="HandleAsync(Invocation, CancellationToken)"/> runs any platform's invocation
/// through the same command classes, after checking what the command needs. Text platforms come in through
/// <see cref="HandleTextAsync"/>: a command line is parsed by its command's text grammar; plain text fills the field
/// the user was asked for (after a bare <c>/lyrics</c>); anything else gets a hint. <c>/start</c> and <c>/help</c>
/// are answered here because they describe all the other commands.
/// </summary>
public sealed class ChatCommandRouter(
    IEnumerable<IChatCommand> commands,
    IDraftRepository drafts,
    DraftService draftService,
    ICreditLedger ledger,
    MusicBotMetrics metrics)
{
    public const string HelpCommand = "help";

    private readonly Dictionary<string, IChatCommand> _commands = commands.ToDictionary(c => c.Name, StringComparer.Ordinal);

    /// <summary>The text commands, in registration order; help first.</summary>
    public IReadOnlyList<CommandHelp> Help =>
    [
        new(HelpCommand, false),
        .. _commands.Values.Where(c => c.ParseText("") is not null).Select(c => new CommandHelp(c.Name, c.Needs.HasFlag(CommandNeeds.Admin))),
    ];

    /// <summary>What the named command needs (nothing for an unknown one), so an adapter asks a platform only what it must.</summary>
    public CommandNeeds NeedsOf(string command) => _commands.TryGetValue(command, out var found) ? found.Needs : CommandNeeds.None;

    /// <summary>What the command written as <paramref name="arguments"/> needs (an action of it may need more than the rest).</summary>
    public CommandNeeds NeedsOf(string command, string arguments) =>
        !_commands.TryGetValue(command, out var found) ? CommandNeeds.None
        : found.ParseText(arguments) is { Arguments: { } parsed } ? found.NeedsFor(parsed)
        : found.Needs;

    public async Task<ChatReply> HandleAsync(Invocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        if (!_commands.TryGetValue(invocation.Command, out var command))
        {
            metrics.CommandHandled(invocation.User.Platform, "unknown");
            return new UnknownCommandReply(invocation.Command);
        }

        metrics.CommandHandled(invocation.User.Platform, command.Name);
        var needs = command.NeedsFor(invocation.Arguments);
        if (needs.HasFlag(CommandNeeds.Admin) && !invocation.Invoker.IsAdmin)
        {
            return new NotAllowedReply(invocation.Invoker.IsPrivateScope ? NotAllowedBecause.PrivateScope : NotAllowedBecause.NotAdmin, command.Name);
        }

        if (needs.HasFlag(CommandNeeds.StartsTask) && invocation.Invoker.Roles.Count > 0)
        {
            // A member seen for the first time starts from their roles' allowance, before anything is reserved.
            await ledger.GetAccountAsync(invocation.User, invocation.Invoker.Roles, cancellationToken);
        }

        return await command.HandleAsync(invocation, cancellationToken);
    }

    public async Task<ChatReply> HandleTextAsync(ChatMessage message, CancellationToken cancellationToken)
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

        if (line.Name is "start" or HelpCommand)
        {
            metrics.CommandHandled(message.User.Platform, line.Name);
            return new HelpReply(Help, IsWelcome: line.Name == "start");
        }

        if (!_commands.TryGetValue(line.Name, out var command) || command.ParseText(line.Arguments) is not { } parsed)
        {
            metrics.CommandHandled(message.User.Platform, "unknown");
            return new UnknownCommandReply(line.Name);
        }

        if (parsed.Arguments is null)
        {
            metrics.CommandHandled(message.User.Platform, command.Name);
            return new UsageReply(command.Name, parsed.Problem!);
        }

        return await HandleAsync(
            new Invocation(command.Name, parsed.Arguments, message.Invoker, message.Target, message.EventId, message.ReplyToUserId),
            cancellationToken);
    }

    private async Task<ChatReply> FillAwaitedAsync(ChatMessage message, DraftField field, CancellationToken cancellationToken)
    {
        var edit = await draftService.SetAsync(message.User, field, message.Text, cancellationToken);
        if (!edit.IsApplied)
        {
            // Keep waiting: the user can send a corrected text.
            return new DraftRefusedReply(edit.Refusal!, edit.View);
        }

        await drafts.SetAwaitedFieldAsync(message.User, null, cancellationToken);
        return new DraftReply(edit.View, DraftChange.Saved, field);
    }
}
