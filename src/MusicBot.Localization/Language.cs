using System.Globalization;

namespace MusicBot.Localization;

/// <summary>
/// A language the bot speaks: its catalog culture, the Discord locales that read that catalog, and its name as its
/// speakers write it (lists of languages show each in its own words, whatever the reader's language).
/// </summary>
public sealed record Language(string Code, CultureInfo Culture, IReadOnlyList<string> DiscordLocales, string Name)
{
    public override string ToString() => Code;
}
