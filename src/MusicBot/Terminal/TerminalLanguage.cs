namespace MusicBot.Terminal;

/// <summary>The terminal's platform hint: <c>MusicBot:Terminal:Language</c>, else the POSIX locale in <c>LANG</c>.</summary>
public static class TerminalLanguage
{
    /// <summary>"de_DE.UTF-8" becomes "de-DE"; "C", "POSIX" and an empty LANG say nothing (null: English, unless chosen).</summary>
    public static string? Hint(string? configured, string? lang)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured.Trim();
        }

        // LANG is language[_territory][.codeset][@modifier].
        var locale = (lang ?? "").Split('.', '@')[0].Trim();
        return locale.Length == 0 || locale is "C" or "POSIX" ? null : locale.Replace('_', '-');
    }
}
