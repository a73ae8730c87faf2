using Telegram.Bot.Types;
using MusicBot.Telegram.Buttons;
using MusicBot.Telegram.Chat;

namespace MusicBot.Telegram.Updates;

/// <summary>One update to its handler, by what it carries; kinds the bot does not use are passed over.</summary>
public sealed class UpdateRouter(MessageHandler messages, CallbackHandler callbacks, TimeProvider time)
{
    public Task RouteAsync(Update update, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(update);
        return update switch
        {
            { Message: { } message } => messages.HandleAsync(message, cancellationToken),
            { CallbackQuery: { } query } => callbacks.HandleAsync(query, time.GetUtcNow(), cancellationToken),
            _ => Task.CompletedTask,
        };
    }
}
