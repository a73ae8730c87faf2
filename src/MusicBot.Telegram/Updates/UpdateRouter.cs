using Telegram.Bot.Types;
using MusicBot.Telegram.Buttons;
using MusicBot.Telegram.Chat;

namespace MusicBot.Telegram.Updates;

/// <summary>
/// One update to its handler, by what it carries; kinds the bot does not use are passed over. The service messages
/// of a group's upgrade (<c>migrate_to_chat_id</c> in the old group, <c>migrate_from_chat_id</c> in the supergroup)
/// move the group's data to the new id.
/// </summary>
public sealed class UpdateRouter(MessageHandler messages, CallbackHandler callbacks, ChatMover mover, TimeProvider time)
{
    public Task RouteAsync(Update update, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(update);
        return update switch
        {
            { Message: { MigrateToChatId: { } to } message } => mover.MoveAsync(message.Chat.Id, to, cancellationToken),
            { Message: { MigrateFromChatId: { } from } message } => mover.MoveAsync(from, message.Chat.Id, cancellationToken),
            { Message: { } message } => messages.HandleAsync(message, cancellationToken),
            { CallbackQuery: { } query } => callbacks.HandleAsync(query, time.GetUtcNow(), cancellationToken),
            _ => Task.CompletedTask,
        };
    }
}
