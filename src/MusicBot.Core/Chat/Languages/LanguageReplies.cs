namespace MusicBot.Core.Chat.Languages;

/// <summary>What a <c>language</c> command did; <paramref name="Code"/> is the language in force for its subject afterwards.</summary>
public sealed record LanguageReply(LanguageChange Change, string? Code, IReadOnlyList<string> Supported) : ChatReply;

/// <summary><paramref name="Tag"/> names no language the bot speaks; nothing changed.</summary>
public sealed record LanguageUnknownReply(string Tag, IReadOnlyList<string> Supported) : ChatReply;

public enum LanguageChange
{
    /// <summary>Nothing changed: the user asked which languages there are (and which one they read).</summary>
    Shown,

    /// <summary>The user chose <see cref="LanguageReply.Code"/>.</summary>
    Chosen,

    /// <summary>The user's choice was forgotten: the platform's language counts again.</summary>
    Automatic,

    /// <summary>An admin set the scope's default to <see cref="LanguageReply.Code"/>.</summary>
    ScopeDefaultSet,

    /// <summary>An admin removed the scope's default.</summary>
    ScopeDefaultRemoved,
}
