using MusicBot.Core.Generation;

namespace MusicBot.Core.Chat.Commands;

/// <summary><c>/generate</c>: submit the draft. The message id makes a redelivered message a no-op.</summary>
public sealed class GenerateChatCommand(GenerationService generation) : IChatCommand
{
    public string Name => "generate";

    public CommandHelp Help => new("/generate", "Make two songs from your draft.", false);

    public async Task<ChatReply> HandleAsync(ChatMessage message, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var requestKey = $"{message.User.Scope}:{message.MessageId}";
        var outcome = await generation.GenerateAsync(new GenerateCommand(message.User, message.Target, requestKey), cancellationToken);
        return new GenerateReply(outcome);
    }
}
