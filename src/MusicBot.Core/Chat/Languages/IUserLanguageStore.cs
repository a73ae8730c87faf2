using MusicBot.Core.Conversations;

namespace MusicBot.Core.Chat.Languages;

/// <summary>
/// The language choices kept in the store: one per user on a platform (it follows them into every chat), the last
/// hint their platform gave, and one default per scope.
/// </summary>
public interface IUserLanguageStore
{
    /// <summary>The user's choice and hint, with the default of the scope they are in.</summary>
    Task<LanguagePreference> GetAsync(UserRef user, CancellationToken cancellationToken);

    /// <summary>Keeps <paramref name="code"/> as the user's choice; null forgets it (the platform's hint counts again).</summary>
    Task ChooseAsync(string platform, string userId, string? code, CancellationToken cancellationToken);

    /// <summary>Keeps the platform's latest hint about the user, for messages sent when no update is at hand (deliveries).</summary>
    Task RememberHintAsync(string platform, string userId, string hint, CancellationToken cancellationToken);

    /// <summary>Sets the scope's default; null removes it.</summary>
    Task SetScopeDefaultAsync(ConversationScope scope, string? code, string actor, CancellationToken cancellationToken);
}
