using MusicBot.Core.Chat;
using MusicBot.Discord.Interactions;
using MusicBot.Discord.Rendering;

namespace MusicBot.Discord.Commands;

/// <summary><c>/music credits</c> and <c>/music history</c>: the user's own account, shown only to them.</summary>
public sealed class AccountHandler(ChatCommandRouter router) : IInteractionHandler
{
    public async Task<InteractionReply> HandleAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var command = context.Path == "history" ? "history" : "credits";
        return ReplyRenderer.Render(await router.HandleAsync(DiscordInvocations.For(context, command, CommandArguments.None), cancellationToken), ReplySources.Of(context));
    }
}
