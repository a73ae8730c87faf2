using System.Collections.Concurrent;

namespace MusicBot.Telegram.Api;

/// <summary>
/// Groups upgraded to supergroups get a new id (a <c>migrate_to_chat_id</c> service message, or error 400 with it).
/// What this process knows of them, so a message for the old id goes straight to the new one: loaded from the store
/// at connect and added to by <see cref="Chat.ChatMover"/>, which persists each move first.
/// </summary>
public sealed class ChatMigrations
{
    private readonly ConcurrentDictionary<long, long> _moved = new();

    public long Resolve(long chatId) => _moved.TryGetValue(chatId, out var to) ? to : chatId;

    public void Remember(long from, long to) => _moved[from] = to;
}
