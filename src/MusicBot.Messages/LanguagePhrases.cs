using MusicBot.Core.Chat.Languages;
using MusicBot.Localization;

namespace MusicBot.Messages;

/// <summary>The words for the <c>language</c> command's replies, in the language the user reads after it.</summary>
public static class LanguagePhrases
{
    /// <summary>What the command did, then (when showing) the languages and how to pick one; plain text, one line each.</summary>
    public static string Language(this Phrases phrases, LanguageReply reply)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        ArgumentNullException.ThrowIfNull(reply);
        var catalog = phrases.Catalog;
        var current = catalog.Language.Name;
        var named = Languages.Find(reply.Code)?.Name ?? current;
        return reply.Change switch
        {
            LanguageChange.Shown => string.Join('\n',
                reply.Code is null ? catalog.Text("language.shown.automatic", ("language", current)) : catalog.Text("language.shown.chosen", ("language", current)),
                phrases.LanguageList(reply.Supported)),
            LanguageChange.Chosen => catalog.Text("language.chosen", ("language", named)),
            LanguageChange.Automatic => catalog.Text("language.automatic", ("language", current), ("command", phrases.Syntax.ChooseLanguage("<code>"))),
            LanguageChange.ScopeDefaultSet => catalog.Text("language.scope-default.set", ("language", named)),
            LanguageChange.ScopeDefaultRemoved => catalog.Text("language.scope-default.removed"),
            _ => throw new ArgumentOutOfRangeException(nameof(reply), reply.Change, null),
        };
    }

    public static string LanguageUnknown(this Phrases phrases, LanguageUnknownReply reply)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        ArgumentNullException.ThrowIfNull(reply);
        return $"{phrases.Catalog.Text("language.unknown", ("tag", reply.Tag))}\n{phrases.LanguageList(reply.Supported)}";
    }

    public static string LanguageNotAllowed(this Phrases phrases) => phrases.Catalog.Text("language.not-allowed");

    /// <summary>Every language in its own name with its code, and how to pick one or go back to the app's language.</summary>
    public static string LanguageList(this Phrases phrases, IReadOnlyList<string> codes)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        ArgumentNullException.ThrowIfNull(codes);
        var list = string.Join(", ", codes.Select(c => Languages.Find(c) is { } l ? $"{l.Name} ({l.Code})" : c));
        return phrases.Catalog.Text(
            "language.list",
            ("list", list),
            ("command", phrases.Syntax.ChooseLanguage("<code>")),
            ("auto", phrases.Syntax.ChooseLanguage(Core.Chat.Commands.LanguageCommand.Automatic)));
    }
}
