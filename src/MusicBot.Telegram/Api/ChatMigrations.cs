using System.Collections.Concurrent;

namespace MusicBot.Telegram.Api;

/// <summary>
/// Groups upgraded to supergroups get a new id (error 400 with <c>migrate_to_chat_id</c>). The client remembers the
/// move for this process, so a task's later notices go straight to the new chat.
/// </summary>
public sealed class ChatMigrations
{
    private readonly ConcurrentDictionary<long, long> _moved = new();

    public long Resolve(long chatId) => _moved.TryGetValue(chatId, out var to) ? to : chatId;

    public void Record(long from, long to) => _moved[from] = to;
}
