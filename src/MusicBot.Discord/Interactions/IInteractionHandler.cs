namespace MusicBot.Discord.Interactions;

/// <summary>One family of interactions (a command and its buttons); resolved from a fresh DI scope per interaction.</summary>
public interface IInteractionHandler
{
    Task<InteractionReply> HandleAsync(InteractionContext context, CancellationToken cancellationToken);
}
