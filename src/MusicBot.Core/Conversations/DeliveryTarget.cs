namespace MusicBot.Core.Conversations;

/// <summary>
/// Where results go back to: the channel a request came from, plus an optional platform-specific reply context
/// (a Discord interaction token, a Telegram progress-message id) that the adapter understands and Core does not.
/// </summary>
public sealed record DeliveryTarget(string Platform, string ChannelId, string? ReplyContext = null);
