using MusicBot.Core.Conversations;

namespace MusicBot.Core.Chat;

/// <summary>
/// A text message as an adapter hands it to Core, already translated from its platform.
/// </summary>
/// <param name="User">Who wrote it, in which scope.</param>
/// <param name="Target">Where replies and results go.</param>
/// <param name="Text">The text as written (commands keep their leading slash).</param>
/// <param name="MessageId">The platform's id for this message; it makes a generate request idempotent.</param>
/// <param name="IsAdmin">Whether the platform says the user administers the scope (Discord Manage Server, Telegram chat admin).</param>
/// <param name="ReplyToUserId">The author of the message this one replies to, when the platform says so (for /quota).</param>
public sealed record ChatMessage(UserRef User, DeliveryTarget Target, string Text, string MessageId, bool IsAdmin, string? ReplyToUserId = null);
