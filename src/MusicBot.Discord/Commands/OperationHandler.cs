using MusicBot.Core.Generation;
using MusicBot.Core.Operations;
using MusicBot.Discord.Interactions;

namespace MusicBot.Discord.Commands;

/// <summary>
/// <c>/music extend|add-vocals|add-instrumental|wav|stems|lyrics-ai</c> and the Extend button on a track. Core finds
/// and checks the source song; the task then takes the same path as a generated song (<see cref="SongSubmission"/>).
/// </summary>
public sealed class OperationHandler(TrackOperationService operations, IGenerationTaskRepository tasks, SongSubmission submission) : IInteractionHandler
{
    public async Task<InteractionReply> HandleAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (CustomIds.ExtendOf(context.CustomId) is { } button)
        {
            return await ExtendButtonAsync(context, button.TaskId, button.Take, cancellationToken);
        }

        var kind = OperationSubcommands.KindOf(context.Path)
            ?? throw new InvalidOperationException($"/music {context.Path} is not an operation.");
        var song = context.NumberOf("song");
        var take = context.NumberOf("take") is { } number ? (int)Math.Min(number, int.MaxValue) : (int?)null;
        return await StartAsync(context, kind, song, take, context.RealOf("from"), context.TextOf("topic"), cancellationToken);
    }

    private async Task<InteractionReply> ExtendButtonAsync(InteractionContext context, long taskId, int take, CancellationToken cancellationToken)
    {
        var source = await tasks.GetAsync(taskId, cancellationToken);
        if (source is null || source.User != context.User)
        {
            return SongSubmission.NotYours(source, "extend", "Extend one of yours with `/music extend`.");
        }

        return await StartAsync(context, OperationKind.Extend, taskId, take, null, null, cancellationToken);
    }

    private Task<InteractionReply> StartAsync(
        InteractionContext context, OperationKind kind, long? song, int? take, double? from, string? topic, CancellationToken cancellationToken) =>
        submission.SubmitAsync(
            context,
            command => operations.StartAsync(new OperationCommand(command.User, command.Target, command.RequestKey, kind, song, take, from, topic), cancellationToken),
            cancellationToken);
}
