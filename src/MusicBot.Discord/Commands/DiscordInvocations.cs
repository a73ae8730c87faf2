using MusicBot.Core.Chat;
using MusicBot.Core.Conversations;
using MusicBot.Discord.Delivery;
using MusicBot.Discord.Interactions;

namespace MusicBot.Discord.Commands;

/// <summary>
/// An interaction as a Core invocation: the member with their Manage Server right and roles, the interaction id as
/// the event (an interaction delivered twice starts one task), and a reply context that lets the delivery worker edit
/// this interaction's response as the task progresses.
/// </summary>
public static class DiscordInvocations
{
    public static Invocation For(InteractionContext context, string command, CommandArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(context);
        var interaction = context.Interaction;
        var reply = new DiscordReplyContext(
            interaction.Id,
            interaction.ApplicationId,
            interaction.Token,
            context.ReceivedAt,
            interaction.AttachmentSizeLimit ?? DiscordReplyContext.DefaultAttachmentLimit);
        var target = new DeliveryTarget(Platforms.Discord, interaction.ChannelId ?? "", reply.Serialize());
        var invoker = new Invoker(context.User, context.IsAdmin, IsPrivateScope: !context.IsInGuild, RoleIds: context.RoleIds);
        return new Invocation(command, arguments, invoker, target, interaction.Id);
    }

    /// <summary>The interaction's leaf options under their Core argument names (Discord's option names are those names).</summary>
    public static CommandArguments OptionsOf(InteractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new CommandArguments(context.Options.Keys.Select(name => KeyValuePair.Create(name, context.ValueOf(name))));
    }
}
