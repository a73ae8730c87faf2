namespace MusicBot.Core.Chat.Languages;

/// <summary>The languages the bot has words for, as codes; the catalog implements it, so Core needs no list of its own.</summary>
public interface ILanguageCodes
{
    /// <summary>The supported codes, English first.</summary>
    IReadOnlyList<string> Codes { get; }

    /// <summary>The supported code a tag names ("pt" → "pt-BR", "de_DE.UTF-8" → "de"), or null when none does.</summary>
    string? Find(string tag);
}
