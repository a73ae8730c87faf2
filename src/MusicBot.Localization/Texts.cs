using System.Globalization;
using System.Collections.Concurrent;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using MusicBot.Localization.Catalog;

namespace MusicBot.Localization;

/// <summary>
/// The catalog as renderers use it: a key in a language, with named arguments and plural selection. Lookups go
/// through <see cref="IStringLocalizer{T}"/> (ResourceManager satellites); a key missing from a language falls back to
/// the English string and is logged once per language and key.
/// </summary>
public sealed partial class Texts(IStringLocalizer<Messages> localizer, ILogger<Texts> logger)
{
    private readonly ConcurrentDictionary<string, IReadOnlySet<string>> _keysByLanguage = new();
    private readonly ConcurrentDictionary<(string Language, string Key), bool> _reported = new();

    public string Get(Language language, string key, params (string Name, object? Value)[] arguments) =>
        MessageFormat.Format(Lookup(language, key), language.Culture, ToDictionary(arguments));

    /// <summary>The plural form for <paramref name="count"/> (also passed as <c>{count}</c>).</summary>
    public string Plural(Language language, string key, long count, params (string Name, object? Value)[] arguments)
    {
        var entry = PluralKeys.Of(key, PluralRules.Select(language.Culture, count));
        var values = ToDictionary(arguments);
        values["count"] = count;
        return MessageFormat.Format(Lookup(language, entry), language.Culture, values);
    }

    private string Lookup(Language language, string key)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = language.Culture;
        try
        {
            if (!KeysOf(language).Contains(key))
            {
                ReportMissing(language, key);
            }

            var found = localizer[key];
            return found.ResourceNotFound ? key : found.Value;
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    /// <summary>The keys this language's own file defines (English parents excluded); read once per language.</summary>
    private IReadOnlySet<string> KeysOf(Language language) =>
        _keysByLanguage.GetOrAdd(language.Code, _ =>
            localizer.GetAllStrings(includeParentCultures: false).Select(s => s.Name).ToHashSet(StringComparer.Ordinal));

    private void ReportMissing(Language language, string key)
    {
        if (_reported.TryAdd((language.Code, key), true))
        {
            LogMissing(key, language.Code);
        }
    }

    private static Dictionary<string, object?> ToDictionary((string Name, object? Value)[] arguments)
    {
        var values = new Dictionary<string, object?>(arguments.Length + 1, StringComparer.Ordinal);
        foreach (var (name, value) in arguments)
        {
            values[name] = value;
        }

        return values;
    }

    [LoggerMessage(EventId = 8001, Level = LogLevel.Warning, Message = "Catalog key {Key} is missing in {Language}; the English text is used")]
    private partial void LogMissing(string key, string language);
}
