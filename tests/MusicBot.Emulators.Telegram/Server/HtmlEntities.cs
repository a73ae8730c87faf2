using System.Globalization;
using System.Text;

namespace MusicBot.Emulators.Telegram.Server;

/// <summary>
/// The HTML parse mode as Telegram applies it (chat-protocols §B6): only the supported tags, properly nested and
/// closed; <c>&amp;lt; &amp;gt; &amp;amp; &amp;quot;</c> and numeric entities decode; a bare <c>&lt;</c> is an error
/// naming its byte offset; an <c>&amp;</c> that starts no entity stays literal (the server is lenient there).
/// </summary>
public static class HtmlEntities
{
    private static readonly HashSet<string> Supported =
        ["b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler", "a", "code", "pre", "blockquote", "tg-emoji"];

    /// <summary>The visible text and the formatting entities (type, offset, length in UTF-16 units).</summary>
    public static (string Text, IReadOnlyList<(string Type, int Offset, int Length)> Entities) Parse(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var text = new StringBuilder();
        var entities = new List<(string, int, int)>();
        var open = new Stack<(string Name, int Start)>();
        for (var i = 0; i < html.Length; i++)
        {
            var c = html[i];
            if (c == '&')
            {
                i = Entity(html, i, text);
                continue;
            }

            if (c != '<')
            {
                text.Append(c);
                continue;
            }

            var end = html.IndexOf('>', i);
            var offset = Encoding.UTF8.GetByteCount(html.AsSpan(0, i));
            if (end < 0)
            {
                throw Error($"Unclosed start tag at byte offset {offset}");
            }

            var tag = html[(i + 1)..end];
            if (tag.StartsWith('/'))
            {
                var name = tag[1..].Trim().ToLowerInvariant();
                if (open.Count == 0 || open.Peek().Name != name)
                {
                    throw Error(open.Count == 0
                        ? $"Unexpected end tag at byte offset {offset}"
                        : $"Unmatched end tag at byte offset {offset}, expected \"</{open.Peek().Name}>\", found \"</{name}>\"");
                }

                var (tagName, start) = open.Pop();
                entities.Add((EntityType(tagName), start, text.Length - start));
            }
            else
            {
                var name = tag.Split([' ', '\t', '\n'], 2)[0].ToLowerInvariant();
                if (name.Length == 0 || !Supported.Contains(name))
                {
                    throw Error($"Unsupported start tag \"{name}\" at byte offset {offset}");
                }

                if (name == "a" && !tag.Contains("href=", StringComparison.OrdinalIgnoreCase))
                {
                    throw Error($"Tag \"a\" must have attribute \"href\" at byte offset {offset}");
                }

                open.Push((name, text.Length));
            }

            i = end;
        }

        if (open.Count > 0)
        {
            throw Error($"Can't find end tag corresponding to start tag \"{open.Peek().Name}\"");
        }

        return (text.ToString(), entities);
    }

    /// <summary>Telegram's limits count characters (Unicode code points), not UTF-16 units.</summary>
    public static int CharacterCount(string text) => text.EnumerateRunes().Count();

    private static int Entity(string html, int start, StringBuilder text)
    {
        var semicolon = html.IndexOf(';', start);
        if (semicolon > start && semicolon - start <= 10)
        {
            var name = html[(start + 1)..semicolon];
            var decoded = name switch
            {
                "lt" => "<",
                "gt" => ">",
                "amp" => "&",
                "quot" => "\"",
                _ when name.StartsWith("#x", StringComparison.OrdinalIgnoreCase) && int.TryParse(name[2..], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var hex) => Code(hex),
                _ when name.StartsWith('#') && int.TryParse(name[1..], NumberStyles.None, CultureInfo.InvariantCulture, out var number) => Code(number),
                _ => null,
            };
            if (decoded is not null)
            {
                text.Append(decoded);
                return semicolon;
            }
        }

        text.Append('&');
        return start;
    }

    private static string? Code(int value) => Rune.IsValid(value) ? char.ConvertFromUtf32(value) : null;

    private static string EntityType(string tag) => tag switch
    {
        "b" or "strong" => "bold",
        "i" or "em" => "italic",
        "u" or "ins" => "underline",
        "s" or "strike" or "del" => "strikethrough",
        "span" or "tg-spoiler" => "spoiler",
        "a" => "text_link",
        "tg-emoji" => "custom_emoji",
        _ => tag,
    };

    private static BotApiException Error(string what) => BotApiException.BadRequest($"can't parse entities: {what}");
}
