namespace MusicBot.Telegram.Rendering;

/// <summary>Small wording helpers shared by the renderers.</summary>
internal static class Words
{
    public static string Credits(int count) => count == 1 ? "1 credit" : $"{count} credits";

    public static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
