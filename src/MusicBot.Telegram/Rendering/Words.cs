using MusicBot.Messages;

namespace MusicBot.Telegram.Rendering;

/// <summary>The shared phrases in Telegram's command syntax (the text grammar), and small helpers of the renderers.</summary>
internal static class Words
{
    public static Phrases Phrases { get; } = new(MessageCatalog.English, TextCommandSyntax.Instance);

    public static string Credits(int count) => Phrases.Credits(count);

    public static string Capitalize(string text) => Phrases.Capitalize(text);
}
