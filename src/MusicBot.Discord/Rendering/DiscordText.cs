using System.Text;
using MusicBot.Core.UserText;

namespace MusicBot.Discord.Rendering;

/// <summary>
/// User text inside bot messages: Markdown characters are escaped so a title cannot restyle or fake a message, and
/// lengths are cut to Discord's limits with an ellipsis. Mentions are neutralised by <c>allowed_mentions</c>, not here.
/// </summary>
public static class DiscordText
{
    private const string MarkdownCharacters = "\\*_~`|>#[]";

    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (MarkdownCharacters.Contains(c, StringComparison.Ordinal))
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }

    /// <summary>At most <paramref name="max"/> characters after trimming, ending in "…" when cut (Core's one shortening rule).</summary>
    public static string Truncate(string? text, int max) => TextValues.Shorten((text ?? "").Trim(), max);

    /// <summary>A one-line excerpt: line breaks shown as " / ", cut to <paramref name="max"/>.</summary>
    public static string Excerpt(string? text, int max) => Truncate((text ?? "").ReplaceLineEndings(" / "), max);

    public static string Duration(double? seconds) =>
        seconds is { } value ? TimeSpan.FromSeconds(Math.Round(value)).ToString(@"m\:ss", System.Globalization.CultureInfo.InvariantCulture) : "?:??";
}
