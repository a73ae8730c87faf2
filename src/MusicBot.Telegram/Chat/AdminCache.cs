using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace MusicBot.Telegram.Chat;

/// <summary>Recent getChatMember answers, so a burst of admin commands costs one API call.</summary>
public sealed class AdminCache(IOptions<TelegramOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<(long Chat, long User), (bool IsAdmin, DateTimeOffset Until)> _entries = new();

    public bool TryGet(long chatId, long userId, out bool isAdmin)
    {
        if (_entries.TryGetValue((chatId, userId), out var entry) && entry.Until > time.GetUtcNow())
        {
            isAdmin = entry.IsAdmin;
            return true;
        }

        isAdmin = false;
        return false;
    }

    public void Set(long chatId, long userId, bool isAdmin) =>
        _entries[(chatId, userId)] = (isAdmin, time.GetUtcNow() + options.Value.AdminCacheDuration);
}
