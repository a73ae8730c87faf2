using System.Globalization;
using System.Text;

namespace MusicBot.Messages;

/// <summary>
/// Message templates by key, with named placeholders (<c>{provider}</c>) and plural forms (<c>key.one</c>,
/// <c>key.other</c>). The shape of an <c>IStringLocalizer</c> over a <c>.resx</c> file: a language is a set of
/// templates under the same keys, so adding one is adding a file.
/// </summary>
public sealed class MessageCatalog(IReadOnlyDictionary<string, string> templates, CultureInfo culture)
{
    /// <summary>The English catalog, the bot's only language for now.</summary>
    public static MessageCatalog English { get; } = new(EnglishTemplates.All, CultureInfo.InvariantCulture);

    public CultureInfo Culture => culture;

    public IEnumerable<string> Keys => templates.Keys;

    public bool Has(string key) => templates.ContainsKey(key);

    /// <summary>The template of <paramref name="key"/> with its placeholders filled; a missing key shows as itself.</summary>
    public string Text(string key, params ReadOnlySpan<(string Name, object? Value)> values)
    {
        if (!templates.TryGetValue(key, out var template))
        {
            return key;
        }

        return values.Length == 0 ? template : Fill(template, values);
    }

    /// <summary>The plural form of <paramref name="key"/> for <paramref name="count"/>, with <c>{count}</c> filled too.</summary>
    public string Plural(string key, long count, params ReadOnlySpan<(string Name, object? Value)> values)
    {
        var form = $"{key}.{PluralCategory(count)}";
        var all = new (string Name, object? Value)[values.Length + 1];
        all[0] = ("count", count);
        values.CopyTo(all.AsSpan(1));
        return Text(templates.ContainsKey(form) ? form : $"{key}.other", all);
    }

    // English has two CLDR categories; other languages' rules come with their catalogs.
    private static string PluralCategory(long count) => count == 1 ? "one" : "other";

    private string Fill(string template, ReadOnlySpan<(string Name, object? Value)> values)
    {
        var text = new StringBuilder(template.Length + 32);
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('{', i);
            var close = open < 0 ? -1 : template.IndexOf('}', open + 1);
            if (close < 0)
            {
                text.Append(template, i, template.Length - i);
                break;
            }

            text.Append(template, i, open - i);
            var name = template.AsSpan(open + 1, close - open - 1);
            var found = false;
            foreach (var (placeholder, value) in values)
            {
                if (name.SequenceEqual(placeholder))
                {
                    text.Append(Format(value));
                    found = true;
                    break;
                }
            }

            if (!found)
            {
                text.Append(template, open, close - open + 1);
            }

            i = close + 1;
        }

        return text.ToString();
    }

    private string Format(object? value) => value switch
    {
        null => "",
        IFormattable formattable => formattable.ToString(null, culture),
        _ => value.ToString() ?? "",
    };
}
