namespace MusicBot.Terminal;

/// <summary>Section <c>MusicBot:Terminal</c>: the console chat used when no chat platform is configured.</summary>
public sealed class TerminalOptions
{
    public const string SectionName = "MusicBot:Terminal";

    /// <summary>Force the terminal chat on or off; by default it runs when neither Discord nor Telegram has a token.</summary>
    public bool? Enabled { get; set; }

    /// <summary>The name the terminal user has in the <c>console</c> scope.</summary>
    public string UserName { get; set; } = "you";

    /// <summary>The language the terminal speaks (<c>de</c>, <c>pt-BR</c>); unset, the system's <c>LANG</c> decides, else English.</summary>
    public string? Language { get; set; }
}
