using MusicBot.Core.Conversations;

namespace MusicBot.Core.Chat;

/// <summary>
/// The one format of a task's request key: <c>{platform}:{scope}:{event}</c>. The event id is the platform's own
/// (a message id, <c>cb:</c> and a button press id, an interaction id), unique within the scope.
/// </summary>
public static class RequestKeys
{
    public static string Of(ConversationScope scope, string eventId)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentException.ThrowIfNullOrWhiteSpace(eventId);
        return $"{scope}:{eventId}";
    }
}
