using System.Globalization;
using MusicBot.Core.Chat;
using MusicBot.Core.Chat.Commands;
using MusicBot.Core.Operations;
using MusicBot.Discord.Interactions;
using MusicBot.Discord.Rendering;

namespace MusicBot.Discord.Commands;

/// <summary>
/// <c>/music extend|add-vocals|add-instrumental|wav|stems|lyrics-ai</c> and the Extend button on a track: invocations of
/// Core's operation commands, which find and check the source song (its owner included); the task then takes the
/// same path as a generated song.
/// </summary>
public sealed class OperationHandler(ChatCommandRouter router) : IInteractionHandler
{
    public async Task<InteractionReply> HandleAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        Invocation invocation;
        if (CustomIds.ExtendOf(context.CustomId) is { } button)
        {
            invocation = DiscordInvocations.For(
                context,
                OperationArguments.CommandName(OperationKind.Extend),
                CommandArguments.Of(
                    (ArgumentNames.Song, button.TaskId.ToString(CultureInfo.InvariantCulture)),
                    (ArgumentNames.Take, button.Take.ToString(CultureInfo.InvariantCulture))));
        }
        else
        {
            var kind = OperationSubcommands.KindOf(context.Path)
                ?? throw new InvalidOperationException($"/music {context.Path} is not an operation.");
            invocation = DiscordInvocations.For(context, OperationArguments.CommandName(kind), DiscordInvocations.OptionsOf(context));
        }

        return ReplyRenderer.Render(await router.HandleAsync(invocation, cancellationToken), ReplySources.Of(context));
    }
}
