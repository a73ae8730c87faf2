using System.Globalization;
using MusicBot.Core.Conversations;
using MusicBot.Telegram.Api;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using TelegramChat = Telegram.Bot.Types.Chat;

namespace MusicBot.Telegram.Chat;

/// <summary>
/// Who acted, where, on which message. A private chat is its own scope; in a group the chat id is the scope, so
/// credits and drafts are per member per group. <paramref name="IsAnonymousAdmin"/>: the message was sent on behalf
/// of the group by one of its anonymous admins, who then act (and share a draft and credits) as the group itself.
/// </summary>
public sealed record ChatContext(TelegramChat Chat, User From, int MessageId, bool IsAnonymousAdmin = false)
{
    public long ChatId => Chat.Id;

    public UserRef User => UserIn(Chat.Id, From.Id);

    /// <summary>In groups, answers quote the message they answer, so the thread stays readable.</summary>
    public bool IsPrivate => Chat.Type == ChatType.Private;

    public ReplyParameters? ReplyTo => IsPrivate ? null : BotApi.ReplyTo(MessageId);

    public DeliveryTarget Target(int? progressMessageId) => new(
        Platforms.Telegram,
        Chat.Id.ToString(CultureInfo.InvariantCulture),
        progressMessageId?.ToString(CultureInfo.InvariantCulture));

    public static UserRef UserIn(long chatId, long userId) => new(ScopeOf(chatId), userId.ToString(CultureInfo.InvariantCulture));

    public static ConversationScope ScopeOf(long chatId) => new(Platforms.Telegram, chatId.ToString(CultureInfo.InvariantCulture));
}
