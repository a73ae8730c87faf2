using MusicBot.Core.Conversations;

namespace MusicBot.Core.Chat;

/// <summary>
/// A text message from a text platform (Telegram, the terminal), already translated from its platform: a command
/// in the shared text grammar, or plain text that fills a field the user was asked for.
/// </summary>
/// <param name="Invoker">Who wrote it, in which scope, with which rights.</param>
/// <param name="Target">Where replies and results go.</param>
/// <param name="Text">The text as written (commands keep their leading slash).</param>
/// <param name="EventId">The platform's id for this message; it makes a task it starts idempotent.</param>
/// <param name="ReplyToUserId">The author of the message this one replies to, when the platform says so (for quota).</param>
public sealed record ChatMessage(Invoker Invoker, DeliveryTarget Target, string Text, string EventId, string? ReplyToUserId = null)
{
    public UserRef User => Invoker.User;
}
