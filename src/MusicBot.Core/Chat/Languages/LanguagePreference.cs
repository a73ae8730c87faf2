namespace MusicBot.Core.Chat.Languages;

/// <summary>
/// What is known of the language a user reads, most binding first: their own choice (<c>/language</c>), the
/// platform's last hint about them (Telegram <c>language_code</c>, Discord locale), the default admins set for the
/// scope. Tags as the store keeps them; which language they name is the catalog's to say.
/// </summary>
public sealed record LanguagePreference(string? Chosen, string? Hint, string? ScopeDefault)
{
    public static LanguagePreference None { get; } = new(null, null, null);
}
