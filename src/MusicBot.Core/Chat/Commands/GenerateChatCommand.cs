using MusicBot.Core.Drafts;
using MusicBot.Core.Generation;

namespace MusicBot.Core.Chat.Commands;

/// <summary>
/// <c>generate</c>: submit the draft, after setting any draft fields the invocation carries (Discord's options). A
/// refused field value stops it, so nothing is made from a draft the user did not mean. The event id makes a
/// redelivered event a no-op.
/// </summary>
public sealed class GenerateChatCommand(DraftService draftService, GenerationService generation) : IChatCommand
{
    public string Name => "generate";

    public CommandNeeds Needs => CommandNeeds.StartsTask;

    public TextParse? ParseText(string text) => new(CommandArguments.None);

    public async Task<ChatReply> HandleAsync(Invocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        if (DraftFields.AnyIn(invocation.Arguments))
        {
            var (view, refused, _) = await DraftFields.ApplyAsync(draftService, invocation.User, invocation.Arguments, cancellationToken);
            if (refused.Count > 0)
            {
                return new DraftReply(view, DraftChange.NotGenerated, null, refused);
            }
        }

        var command = new GenerateCommand(invocation.User, invocation.Target, invocation.RequestKey);
        return new GenerateReply(await generation.GenerateAsync(command, cancellationToken));
    }
}
