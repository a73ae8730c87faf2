namespace MusicBot.Core.Conversations;

/// <summary>A place that now has another id; both scopes are on the same platform.</summary>
public sealed record ScopeMove(ConversationScope From, ConversationScope To);
