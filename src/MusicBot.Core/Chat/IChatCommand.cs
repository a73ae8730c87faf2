namespace MusicBot.Core.Chat;

/// <summary>One chat command (<c>/style</c>, <c>/generate</c>, …), shared by every text-command platform.</summary>
public interface IChatCommand
{
    /// <summary>The command word without the slash, lower-case.</summary>
    string Name { get; }

    CommandHelp Help { get; }

    Task<ChatReply> HandleAsync(ChatMessage message, string arguments, CancellationToken cancellationToken);
}
