using MusicBot.Core.Generation;
using MusicBot.Core.Operations;

namespace MusicBot.Core.Chat.Commands;

/// <summary>
/// <c>extend</c>, <c>addvocals</c>, <c>addinstrumental</c>, <c>wav</c>, <c>stems</c> and <c>lyricsai</c>: one class, one
/// instance per operation, for the commands and for the buttons on a take (which name its song and take). Core finds
/// and checks the source song, its owner included. The event id makes a redelivered event a no-op.
/// </summary>
public sealed class OperationChatCommand(OperationKind kind, TrackOperationService operations) : IChatCommand
{
    public OperationKind Kind => kind;

    public string Name => OperationArguments.CommandName(kind);

    public CommandNeeds Needs => CommandNeeds.StartsTask;

    public TextParse? ParseText(string text) => OperationArguments.Parse(kind, text);

    public async Task<ChatReply> HandleAsync(Invocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        var arguments = invocation.Arguments;
        var take = arguments.Whole(ArgumentNames.Take) is { } number ? (int)Math.Clamp(number, int.MinValue, int.MaxValue) : (int?)null;
        var command = new OperationCommand(
            invocation.User,
            invocation.Target,
            invocation.RequestKey,
            kind,
            SongNumbers.Parse(arguments.Text(ArgumentNames.Song)),
            take,
            arguments.Real(ArgumentNames.From),
            arguments.Text(ArgumentNames.Topic));
        return new GenerateReply(await operations.StartAsync(command, cancellationToken));
    }
}
