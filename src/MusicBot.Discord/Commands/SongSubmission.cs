using MusicBot.Core.Conversations;
using MusicBot.Core.Credits;
using MusicBot.Core.Generation;
using MusicBot.Discord.Delivery;
using MusicBot.Discord.Interactions;
using MusicBot.Discord.Rendering;

namespace MusicBot.Discord.Commands;

/// <summary>
/// The one path from an interaction to a task, shared by generate, regenerate and every operation. The member's
/// account is opened first (so their roles' allowance applies), the interaction id is the request key (an event
/// delivered twice creates one task), and the reply context lets the delivery worker edit this interaction's
/// response as the task progresses.
/// </summary>
public sealed class SongSubmission(ICreditLedger ledger)
{
    public async Task<InteractionReply> SubmitAsync(InteractionContext context, Func<GenerateCommand, Task<GenerateOutcome>> submit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(submit);
        await ledger.GetAccountAsync(context.User, context.RoleIds, cancellationToken);
        var (message, isEphemeral) = OutcomeRenderer.Generate(await submit(CommandFor(context)));
        return new InteractionReply.Message(message, isEphemeral);
    }

    /// <summary>A button on someone else's song: refused privately, naming who may press it (no ping is sent).</summary>
    public static InteractionReply NotYours(GenerationTask? task, string verb, string instead) =>
        new InteractionReply.Message(
            DiscordRenderer.Notice($"Only {(task is null ? "its requester" : $"<@{task.User.UserId}>")} can {verb} this song. {instead}"),
            IsEphemeral: true);

    private static GenerateCommand CommandFor(InteractionContext context)
    {
        var interaction = context.Interaction;
        var reply = new DiscordReplyContext(
            interaction.Id,
            interaction.ApplicationId,
            interaction.Token,
            context.ReceivedAt,
            interaction.AttachmentSizeLimit ?? DiscordReplyContext.DefaultAttachmentLimit);
        var target = new DeliveryTarget(Platforms.Discord, interaction.ChannelId ?? "", reply.Serialize());
        return new GenerateCommand(context.User, target, $"{Platforms.Discord}:{interaction.Id}");
    }
}
