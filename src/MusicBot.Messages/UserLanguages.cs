using MusicBot.Core.Chat.Languages;
using MusicBot.Core.Conversations;
using MusicBot.Localization;

namespace MusicBot.Messages;

/// <summary>
/// The language a user reads, for adapters: from an update (whose platform tags are remembered when they change, so
/// a later delivery to the same user speaks the same language) or from the store alone (a delivery).
/// </summary>
public sealed class UserLanguages(IUserLanguageStore store)
{
    /// <summary>The user's language now; <paramref name="tags"/> are what the platform says, most specific first.</summary>
    public async Task<Language> ResolveAsync(UserRef user, CancellationToken cancellationToken, params string?[] tags)
    {
        ArgumentNullException.ThrowIfNull(user);
        var preference = await store.GetAsync(user, cancellationToken);
        var hint = LanguageResolution.HintOf(tags);
        if (hint is not null && hint != preference.Hint)
        {
            await store.RememberHintAsync(user.Platform, user.UserId, hint, cancellationToken);
        }

        return LanguageResolution.Resolve(preference, hint);
    }
}
