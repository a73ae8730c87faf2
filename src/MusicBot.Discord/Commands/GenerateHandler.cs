using System.Globalization;
using MusicBot.Core.Chat;
using MusicBot.Core.Chat.Commands;
using MusicBot.Discord.Interactions;
using MusicBot.Discord.Rendering;

namespace MusicBot.Discord.Commands;

/// <summary>
/// <c>/music generate</c> (its options set the draft first), the Generate button of a draft, and Regenerate (or Try
/// again) on a result: invocations of Core's generate and regenerate, which checks whose song it is.
/// </summary>
public sealed class GenerateHandler(ChatCommandRouter router) : IInteractionHandler
{
    public async Task<InteractionReply> HandleAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var invocation = CustomIds.TaskIdOf(context.CustomId) is { } taskId
            ? DiscordInvocations.For(context, RegenerateCommand.CommandName, CommandArguments.Of((ArgumentNames.Song, taskId.ToString(CultureInfo.InvariantCulture))))
            : DiscordInvocations.For(context, "generate", DiscordInvocations.OptionsOf(context));
        return ReplyRenderer.Render(await router.HandleAsync(invocation, cancellationToken), ReplySources.Of(context));
    }
}
