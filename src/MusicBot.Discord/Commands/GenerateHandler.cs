using MusicBot.Core.Drafts;
using MusicBot.Core.Generation;
using MusicBot.Discord.Interactions;
using MusicBot.Discord.Rendering;

namespace MusicBot.Discord.Commands;

/// <summary><c>/music generate</c>, the Generate button of a draft, and Regenerate (or Try again) on a result.</summary>
public sealed class GenerateHandler(DraftService drafts, GenerationService generation, IGenerationTaskRepository tasks, SongSubmission submission) : IInteractionHandler
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

        return await submission.SubmitAsync(context, command => generation.GenerateAsync(command, cancellationToken), cancellationToken);
    }

    /// <summary>The same request again, operation included: Try again on a failed extension extends once more.</summary>
    private async Task<InteractionReply> RegenerateAsync(InteractionContext context, long taskId, CancellationToken cancellationToken)
    {
        var original = await tasks.GetAsync(taskId, cancellationToken);
        if (original is null || original.User != context.User)
        {
            return SongSubmission.NotYours(original, "regenerate", "Make your own with `/music generate`.");
        }

        return await submission.SubmitAsync(context, command => generation.ResubmitAsync(command, original.Request, cancellationToken), cancellationToken);
    }
}
