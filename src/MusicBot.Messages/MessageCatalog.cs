using System.Collections.Concurrent;
using System.Globalization;
using MusicBot.Localization;

namespace MusicBot.Messages;

/// <summary>
/// The one catalog (src/MusicBot.Localization/Catalog/Messages*.resx) as the renderers read it, in one language:
/// named placeholders filled by <see cref="MessageFormat"/> in the language's culture, plural keys
/// (<c>credits#one</c>, <c>credits#few</c>, …) picked by <see cref="PluralRules"/>. A key the language's file lacks
/// falls back to English and is reported once per key, the first time it is rendered (see <see cref="MessageCatalogs"/>);
/// a key English lacks shows as itself (the catalog tests keep both from happening).
/// </summary>
public sealed class MessageCatalog
{
    private static readonly ConcurrentDictionary<string, MessageCatalog> Loaded = new(StringComparer.Ordinal);

    private readonly IReadOnlyDictionary<string, string> _templates;
    private readonly IReadOnlySet<string> _fallbacks;
    private readonly Action<Language, string>? _reportFallback;
    private readonly ConcurrentDictionary<string, bool> _reported = new(StringComparer.Ordinal);

    internal MessageCatalog(Language language, IReadOnlyDictionary<string, string> templates)
        : this(language, templates, new HashSet<string>(), null)
    {
    }

    private MessageCatalog(Language language, IReadOnlyDictionary<string, string> templates, IReadOnlySet<string> fallbacks, Action<Language, string>? reportFallback)
    {
        Language = language;
        _templates = templates;
        _fallbacks = fallbacks;
        _reportFallback = reportFallback;
    }

    public static MessageCatalog English => For(Languages.English);

    /// <summary>The catalog of <paramref name="language"/>, read once from its file over the English one (fallbacks not reported).</summary>
    public static MessageCatalog For(Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return Loaded.GetOrAdd(language.Code, _ => Load(CatalogFile.Load(Languages.English), CatalogFile.Load(language), null));
    }

    /// <summary>
    /// A catalog over <paramref name="own"/> with <paramref name="english"/> for the keys it lacks; each such key is
    /// passed to <paramref name="reportFallback"/> the first time it is rendered, and never again.
    /// </summary>
    public static MessageCatalog Load(CatalogFile english, CatalogFile own, Action<Language, string>? reportFallback)
    {
        ArgumentNullException.ThrowIfNull(english);
        ArgumentNullException.ThrowIfNull(own);
        var templates = new Dictionary<string, string>(english.Entries, StringComparer.Ordinal);
        foreach (var (key, text) in own.Entries)
        {
            templates[key] = text;
        }

        var ownKeys = own.Entries.Keys.Select(BaseKey).ToHashSet(StringComparer.Ordinal);
        var fallbacks = english.Entries.Keys.Select(BaseKey).Where(k => !ownKeys.Contains(k)).ToHashSet(StringComparer.Ordinal);
        return new MessageCatalog(own.Language, templates, fallbacks, reportFallback);
    }

    public Language Language { get; }

    public CultureInfo Culture => Language.Culture;

    public IEnumerable<string> Keys => _templates.Keys;

    public bool Has(string key) => _templates.ContainsKey(key);

    /// <summary>The template of <paramref name="key"/> with its placeholders filled; a missing key shows as itself.</summary>
    public string Text(string key, params ReadOnlySpan<(string Name, object? Value)> values) => Text(key, static t => t, values);

    /// <summary>
    /// The same in a platform's markup: the template's words and plain values pass through <paramref name="escape"/>,
    /// <see cref="Markup"/> values are inserted as they are.
    /// </summary>
    public string Text(string key, Func<string, string> escape, params ReadOnlySpan<(string Name, object? Value)> values)
    {
        Report(key);
        return _templates.TryGetValue(key, out var template) ? MessageFormat.Format(template, Culture, ToDictionary(values), escape) : escape(key);
    }

    /// <summary>The language's plural form of <paramref name="key"/> for <paramref name="count"/>, with <c>{count}</c> filled too.</summary>
    public string Plural(string key, long count, params ReadOnlySpan<(string Name, object? Value)> values) => Plural(key, count, static t => t, values);

    /// <summary>The plural form in a platform's markup (see <see cref="Text(string, Func{string, string}, ReadOnlySpan{ValueTuple{string, object}})"/>).</summary>
    public string Plural(string key, long count, Func<string, string> escape, params ReadOnlySpan<(string Name, object? Value)> values)
    {
        Report(key);
        var form = PluralKeys.Of(key, PluralRules.Select(Culture, count));
        var arguments = ToDictionary(values);
        arguments["count"] = count;
        var chosen = Has(form) ? form : PluralKeys.Of(key, PluralCategory.Other);
        return _templates.TryGetValue(chosen, out var template) ? MessageFormat.Format(template, Culture, arguments, escape) : escape(key);
    }

    private void Report(string key)
    {
        if (_reportFallback is not null && _fallbacks.Contains(key) && _reported.TryAdd(key, true))
        {
            _reportFallback(Language, key);
        }
    }

    private static string BaseKey(string entry) => PluralKeys.TryParse(entry, out var key, out _) ? key : entry;

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
