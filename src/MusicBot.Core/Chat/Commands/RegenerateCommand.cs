using MusicBot.Core.Generation;

namespace MusicBot.Core.Chat.Commands;

/// <summary>
/// <c>regenerate</c> (a button on a result): the same request as song <see cref="ArgumentNames.Song"/> once more,
/// operation included, so Try again on a failed extension extends again. Only the song's requester may; Core checks,
/// whatever the button claims.
/// </summary>
public sealed class RegenerateCommand(GenerationService generation) : IChatCommand
{
    public const string CommandName = "regenerate";

    public string Name => CommandName;

    public CommandNeeds Needs => CommandNeeds.StartsTask;

    public TextParse? ParseText(string text) => null;

    public async Task<ChatReply> HandleAsync(Invocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        var command = new GenerateCommand(invocation.User, invocation.Target, invocation.RequestKey);
        var song = SongNumbers.Parse(invocation.Arguments.Text(ArgumentNames.Song)) ?? 0;
        return new GenerateReply(await generation.RegenerateAsync(command, song, cancellationToken));
    }
}
