namespace MusicBot.Localization;

/// <summary>
/// Text already in a message's markup (Telegram HTML, Discord markdown): a placeholder value that
/// <see cref="MessageFormat.Format(string, System.Globalization.CultureInfo, IReadOnlyDictionary{string, object?}, Func{string, string})"/>
/// inserts as it is, while the template's own words and every other value are escaped. Catalog templates stay plain
/// text, so a translator cannot break a platform's markup.
/// </summary>
public readonly record struct Markup(string Value)
{
    public override string ToString() => Value;
}
