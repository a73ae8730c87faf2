using System.Net;
using System.Text.RegularExpressions;
using MusicBot.Core.UserText;

namespace MusicBot.Telegram.Rendering;

/// <summary>
/// HTML parse mode helpers (chat-protocols §B6). User text goes through <see cref="Escape"/>: exactly <c>&amp;</c>,
/// <c>&lt;</c> and <c>&gt;</c>, ampersand first. Attribute values also escape the double quote.
/// </summary>
public static partial class Html
{
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal);
    }

    public static string Attribute(string text) => Escape(text).Replace("\"", "&quot;", StringComparison.Ordinal);

    /// <summary>User text shortened to <paramref name="max"/> characters (an ellipsis marks the cut), then escaped.</summary>
    public static string Text(string? text, int max) => Escape(Shorten(text ?? "", max));

    /// <summary>Cuts to at most <paramref name="max"/> UTF-16 units without splitting a surrogate pair (Core's one rule).</summary>
    public static string Shorten(string text, int max) => TextValues.Shorten(text, max);

    /// <summary>What Telegram counts against the 4096 and 1024 limits: the text after tags are parsed away.</summary>
    public static int VisibleLength(string html) => ToPlain(html).Length;

    public static string ToPlain(string html) => WebUtility.HtmlDecode(Tag().Replace(html, ""));

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();
}
