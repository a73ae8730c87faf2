namespace MusicBot.Core.Conversations;

/// <summary>
/// Where quotas and drafts live: a platform plus its own id for the place (a Discord guild, a Telegram chat,
/// the local console). A private chat is its own scope.
/// </summary>
public sealed record ConversationScope(string Platform, string Id)
{
    public override string ToString() => $"{Platform}:{Id}";
}
