using System.Collections.Concurrent;
using System.Globalization;
using MusicBot.Localization;

namespace MusicBot.Messages;

/// <summary>
/// The one catalog (src/MusicBot.Localization/Catalog/Messages*.resx) as the renderers read it, in one language:
/// named placeholders filled by <see cref="MessageFormat"/> in the language's culture, plural keys
/// (<c>credits#one</c>, <c>credits#few</c>, …) picked by <see cref="PluralRules"/>. A key the language's file lacks
/// falls back to English, and a key English lacks shows as itself (the catalog tests keep both from happening).
/// </summary>
public sealed class MessageCatalog
{
    private static readonly ConcurrentDictionary<string, MessageCatalog> Loaded = new(StringComparer.Ordinal);

    private readonly IReadOnlyDictionary<string, string> _templates;

    internal MessageCatalog(Language language, IReadOnlyDictionary<string, string> templates)
    {
        Language = language;
        _templates = templates;
    }

    public static MessageCatalog English => For(Languages.English);

    /// <summary>The catalog of <paramref name="language"/>, read once from its file over the English one.</summary>
    public static MessageCatalog For(Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return Loaded.GetOrAdd(language.Code, _ => new MessageCatalog(language, Merge(language)));
    }

    public Language Language { get; }

    public CultureInfo Culture => Language.Culture;

    public IEnumerable<string> Keys => _templates.Keys;

    public bool Has(string key) => _templates.ContainsKey(key);

    /// <summary>The template of <paramref name="key"/> with its placeholders filled; a missing key shows as itself.</summary>
    public string Text(string key, params ReadOnlySpan<(string Name, object? Value)> values) =>
        _templates.TryGetValue(key, out var template) ? MessageFormat.Format(template, Culture, ToDictionary(values)) : key;

    /// <summary>The language's plural form of <paramref name="key"/> for <paramref name="count"/>, with <c>{count}</c> filled too.</summary>
    public string Plural(string key, long count, params ReadOnlySpan<(string Name, object? Value)> values)
    {
        var form = PluralKeys.Of(key, PluralRules.Select(Culture, count));
        var arguments = ToDictionary(values);
        arguments["count"] = count;
        var chosen = Has(form) ? form : PluralKeys.Of(key, PluralCategory.Other);
        return _templates.TryGetValue(chosen, out var template) ? MessageFormat.Format(template, Culture, arguments) : key;
    }

    private static Dictionary<string, string> Merge(Language language)
    {
        var templates = new Dictionary<string, string>(CatalogFile.Load(Languages.English).Entries, StringComparer.Ordinal);
        if (language != Languages.English)
        {
            // An English plural key's forms are replaced whole: "credits#other" from English next to the language's
            // "credits#few" would mix two languages in one sentence family.
            var own = CatalogFile.Load(language).Entries;
            foreach (var (key, text) in own)
            {
                templates[key] = text;
            }
        }

        return templates;
    }

    private static Dictionary<string, object?> ToDictionary(ReadOnlySpan<(string Name, object? Value)> values)
    {
        var arguments = new Dictionary<string, object?>(values.Length + 1, StringComparer.Ordinal);
        foreach (var (name, value) in values)
        {
            arguments[name] = value;
        }

        return arguments;
    }
}
