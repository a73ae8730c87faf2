using MusicBot.Core.Conversations;
using MusicBot.Core.Credits;
using MusicBot.Core.Drafts;
using MusicBot.Core.Generation;
using MusicBot.Discord.Delivery;
using MusicBot.Discord.Interactions;
using MusicBot.Discord.Rendering;

namespace MusicBot.Discord.Commands;

/// <summary>
/// <c>/music generate</c>, the Generate button of a draft, and Regenerate on a result. The interaction id is the
/// request key, so an event delivered twice creates one task; the reply context lets the delivery worker edit this
/// interaction's response as the song progresses.
/// </summary>
public sealed class GenerateHandler(DraftService drafts, GenerationService generation, ICreditLedger ledger, IGenerationTaskRepository tasks) : IInteractionHandler
{
    public async Task<InteractionReply> HandleAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (CustomIds.TaskIdOf(context.CustomId) is { } taskId)
        {
            return await RegenerateAsync(context, taskId, cancellationToken);
        }

        var options = await DraftOptions.ApplyAsync(drafts, context, cancellationToken);
        if (options.Problems.Count > 0)
        {
            return new InteractionReply.Message(DraftRenderer.Preview(options.View, "Nothing was generated; fix these first.", options.Problems), IsEphemeral: true);
        }

        await ledger.GetAccountAsync(context.User, context.RoleIds, cancellationToken);
        return Render(await generation.GenerateAsync(Command(context), cancellationToken));
    }

    private async Task<InteractionReply> RegenerateAsync(InteractionContext context, long taskId, CancellationToken cancellationToken)
    {
        var original = await tasks.GetAsync(taskId, cancellationToken);
        if (original is null || original.User != context.User)
        {
            var owner = original is null ? "its requester" : $"<@{original.User.UserId}>";
            return new InteractionReply.Message(
                DiscordRenderer.Notice($"Only {owner} can regenerate this song. Make your own with `/music generate`."), IsEphemeral: true);
        }

        await ledger.GetAccountAsync(context.User, context.RoleIds, cancellationToken);
        return Render(await generation.ResubmitAsync(Command(context), original.Request, cancellationToken));
    }

    private static InteractionReply.Message Render(GenerateOutcome outcome)
    {
        var (message, isEphemeral) = OutcomeRenderer.Generate(outcome);
        return new InteractionReply.Message(message, isEphemeral);
    }

    private static GenerateCommand Command(InteractionContext context)
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
