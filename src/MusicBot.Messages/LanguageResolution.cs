using MusicBot.Core.Chat.Languages;
using MusicBot.Localization;

namespace MusicBot.Messages;

/// <summary>
/// The one rule for the language of a message: the user's own choice, else what their platform says of them now (or
/// said last), else the scope's default, else English. Each tag falls back by itself first ("pt" → pt-BR,
/// "es-419" → es, "en-GB" → en); one that names no language the bot speaks ("xx") gives way to the next.
/// </summary>
public static class LanguageResolution
{
    public static Language Resolve(LanguagePreference preference, string? hint = null)
    {
        ArgumentNullException.ThrowIfNull(preference);
        return Languages.Resolve(preference.Chosen, hint ?? preference.Hint, preference.ScopeDefault);
    }

    /// <summary>
    /// What to keep as the user's hint from the platform's tags (most specific first, e.g. Discord's locale then the
    /// server's): the first that names a language the bot speaks, as its code; else the first given, so a stale hint
    /// is replaced; null when the platform said nothing.
    /// </summary>
    public static string? HintOf(params ReadOnlySpan<string?> tags)
    {
        string? first = null;
        foreach (var tag in tags)
        {
            if (string.IsNullOrWhiteSpace(tag))
            {
                continue;
            }

            if (Languages.Find(tag) is { } language)
            {
                return language.Code;
            }

            first ??= tag.Trim();
        }

        return first;
    }
}
