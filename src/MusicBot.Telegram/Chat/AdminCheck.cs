using Microsoft.Extensions.Logging;
using MusicBot.Telegram.Api;
using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace MusicBot.Telegram.Chat;

/// <summary>
/// Group admins (creator or administrator, by getChatMember) manage credits in their group. A private chat has no
/// admins: its one member must not be able to grant themselves credits.
/// </summary>
public sealed partial class AdminCheck(BotApi api, AdminCache cache, ILogger<AdminCheck> logger)
{
    public async Task<bool> IsAdminAsync(ChatContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.IsPrivate)
        {
            return false;
        }

        if (context.IsAnonymousAdmin)
        {
            // Only an admin can post as the group itself; getChatMember could not say so (the sender is Telegram's fake bot).
            return true;
        }

        if (cache.TryGet(context.ChatId, context.From.Id, out var cached))
        {
            return cached;
        }

        try
        {
            var member = await api.AboutChatAsync(
                "getChatMember", context.ChatId, (bot, chat, ct) => bot.GetChatMember(chat, context.From.Id, ct), cancellationToken);
            cache.Set(context.ChatId, context.From.Id, member.IsAdmin);
            return member.IsAdmin;
        }
        catch (ApiRequestException ex)
        {
            // Not knowing means not allowed; the answer is not cached, so the next command asks again.
            LogCheckFailed(ex, context.ChatId);
            return false;
        }
    }

    [LoggerMessage(EventId = 7101, Level = LogLevel.Warning, Message = "getChatMember failed in chat {ChatId}; treating the user as a non-admin")]
    private partial void LogCheckFailed(Exception exception, long chatId);
}
