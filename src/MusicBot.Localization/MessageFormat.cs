using System.Globalization;
using System.Text;

namespace MusicBot.Localization;

/// <summary>
/// Named placeholders over a catalog string: <c>{credits}</c> becomes the argument named credits, formatted in the
/// language's culture (1 234,5 in ru, 1.234,5 in de); <c>{{</c> and <c>}}</c> are literal braces. Composite format
/// (<c>{0}</c>) is set aside: translators need to see what a placeholder stands for and may reorder them freely.
/// </summary>
public static class MessageFormat
{
    public static string Format(string pattern, CultureInfo culture, IReadOnlyDictionary<string, object?> arguments) =>
        Format(pattern, culture, arguments, static text => text);

    /// <summary>
    /// The same for a marked-up message: the template's words and every value pass through <paramref name="escape"/>,
    /// except <see cref="Markup"/> values, which are already in the markup (a bold amount, an escaped and shortened title).
    /// </summary>
    public static string Format(string pattern, CultureInfo culture, IReadOnlyDictionary<string, object?> arguments, Func<string, string> escape)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(escape);
        var literal = new StringBuilder();
        var text = new StringBuilder(pattern.Length + 16);
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if ((c == '{' || c == '}') && i + 1 < pattern.Length && pattern[i + 1] == c)
            {
                literal.Append(c);
                i++;
                continue;
            }

            var end = c == '{' ? pattern.IndexOf('}', i + 1) : -1;
            if (end < 0)
            {
                literal.Append(c);
                continue;
            }

            text.Append(escape(literal.ToString()));
            literal.Clear();
            var name = pattern[(i + 1)..end];
            if (!arguments.TryGetValue(name, out var value))
            {
                // Left visible rather than dropped: a missing argument is a bug the catalog tests and readers should see.
                text.Append('{').Append(name).Append('}');
            }
            else if (value is Markup markup)
            {
                text.Append(markup.Value);
            }
            else
            {
                text.Append(escape(Render(value, culture) ?? ""));
            }

            i = end;
        }

        return text.Append(escape(literal.ToString())).ToString();
    }

    /// <summary>Numbers with the culture's grouping and decimal mark (1 234,5); dates and the rest by their own format.</summary>
    private static string? Render(object? value, CultureInfo culture) => value switch
    {
        int or long or short or uint or ulong or ushort or byte => ((IFormattable)value).ToString("N0", culture),
        double or float or decimal => ((IFormattable)value).ToString("#,0.###", culture),
        IFormattable formattable => formattable.ToString(null, culture),
        _ => value?.ToString(),
    };

    /// <summary>The placeholder names a pattern uses, for the catalog checks.</summary>
    public static IReadOnlySet<string> PlaceholdersOf(string pattern)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] is '{' or '}' && i + 1 < pattern.Length && pattern[i + 1] == pattern[i])
            {
                i++;
                continue;
            }

            if (pattern[i] != '{')
            {
                continue;
            }

            var end = pattern.IndexOf('}', i + 1);
            if (end < 0)
            {
                break;
            }

            names.Add(pattern[(i + 1)..end]);
            i = end;
        }

        return names;
    }
}
