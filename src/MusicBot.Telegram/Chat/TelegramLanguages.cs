using MusicBot.Core.Conversations;
using MusicBot.Messages;
using MusicBot.Telegram.Rendering;

namespace MusicBot.Telegram.Chat;

/// <summary>
/// The words for one Telegram user: from an update, whose <c>from.language_code</c> is the platform's hint; for a
/// delivery, from what the store keeps (their choice, the hint last seen, the chat's default).
/// </summary>
public sealed class TelegramLanguages(UserLanguages languages, MessageCatalogs catalogs)
{
    public async Task<Words> ForAsync(UserRef user, string? languageCode, CancellationToken cancellationToken) =>
        new(catalogs.Phrases(await languages.ResolveAsync(user, cancellationToken, languageCode), TextCommandSyntax.Instance));

    public Task<Words> ForAsync(UserRef user, CancellationToken cancellationToken) => ForAsync(user, null, cancellationToken);
}
