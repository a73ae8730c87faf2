using MusicBot.Telegram.Rendering;

namespace MusicBot.Telegram.Chat;

/// <summary>A command only the Telegram adapter answers (Core's commands go through its own router).</summary>
public interface ITelegramCommand
{
    string Name { get; }

    Task<OutgoingMessage> HandleAsync(ChatContext context, string arguments, CancellationToken cancellationToken);
}
