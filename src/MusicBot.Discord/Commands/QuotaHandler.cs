using MusicBot.Core.Chat;
using MusicBot.Core.Chat.Commands;
using MusicBot.Discord.Interactions;
using MusicBot.Discord.Rendering;

namespace MusicBot.Discord.Commands;

/// <summary>
/// <c>/music-quota set|grant|show|default|role</c>: Core's quota command. Discord hides the command from members
/// without Manage Server, but server owners can change that default, so the right travels with every invocation
/// (from the member's permissions in the interaction) and Core checks it. The named member's roles come along, so a
/// member seen for the first time starts from their roles' allowance before an admin changes it.
/// </summary>
public sealed class QuotaHandler(ChatCommandRouter router) : IInteractionHandler
{
    public async Task<InteractionReply> HandleAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var arguments = DiscordInvocations.OptionsOf(context).With(ArgumentNames.Action, context.Path);
        if (context.TextOf(ArgumentNames.User) is { } member)
        {
            arguments = arguments.With(ArgumentNames.UserRoles, string.Join(',', context.RolesOf(member)));
        }

        var reply = await router.HandleAsync(DiscordInvocations.For(context, QuotaCommand.CommandName, arguments), cancellationToken);
        return ReplyRenderer.Render(reply, ReplySources.Of(context));
    }
}
