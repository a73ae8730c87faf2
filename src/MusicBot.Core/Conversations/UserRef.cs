namespace MusicBot.Core.Conversations;

/// <summary>A user as seen inside one scope: credits and drafts are kept per (scope, user).</summary>
public sealed record UserRef(ConversationScope Scope, string UserId)
{
    public string Platform => Scope.Platform;

    public override string ToString() => $"{Scope}/{UserId}";
}
