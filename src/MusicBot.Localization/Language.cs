using System.Globalization;

namespace MusicBot.Localization;

/// <summary>A language the bot speaks: its catalog culture and the Discord locales that read that catalog.</summary>
public sealed record Language(string Code, CultureInfo Culture, IReadOnlyList<string> DiscordLocales)
{
    public override string ToString() => Code;
}
