using System.Globalization;

namespace MusicBot.Localization;

/// <summary>
/// The languages with a catalog, and how a platform's language tag picks one: exact tag first (pt-BR), then the
/// language alone (pt-PT → pt-BR, es-419 → es), otherwise English. Adding a language: its .resx and one line here.
/// </summary>
public static class Languages
{
    public static readonly Language English = new("en", CultureInfo.GetCultureInfo("en"), [], "English");

    public static readonly IReadOnlyList<Language> Supported =
    [
        English,
        new("ru", CultureInfo.GetCultureInfo("ru"), ["ru"], "Русский"),
        new("uk", CultureInfo.GetCultureInfo("uk"), ["uk"], "Українська"),
        new("es", CultureInfo.GetCultureInfo("es"), ["es-ES", "es-419"], "Español"),
        new("pt-BR", CultureInfo.GetCultureInfo("pt-BR"), ["pt-BR"], "Português (Brasil)"),
        new("de", CultureInfo.GetCultureInfo("de"), ["de"], "Deutsch"),
        new("fr", CultureInfo.GetCultureInfo("fr"), ["fr"], "Français"),
        new("pl", CultureInfo.GetCultureInfo("pl"), ["pl"], "Polski"),
        new("hi", CultureInfo.GetCultureInfo("hi"), ["hi"], "हिन्दी"),
        new("tr", CultureInfo.GetCultureInfo("tr"), ["tr"], "Türkçe"),
    ];

    /// <summary>The supported language a tag names (Telegram <c>language_code</c>, Discord locale, LANG, /language), or null.</summary>
    public static Language? Find(string? tag)
    {
        var normalized = Normalize(tag);
        if (normalized is null)
        {
            return null;
        }

        var exact = Supported.FirstOrDefault(l => string.Equals(l.Code, normalized, StringComparison.OrdinalIgnoreCase));
        if (exact is not null)
        {
            return exact;
        }

        var primary = normalized.Split('-')[0];
        return Supported.FirstOrDefault(l => string.Equals(l.Culture.TwoLetterISOLanguageName, primary, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The first of the tags (most specific first) that names a supported language; English otherwise.</summary>
    public static Language Resolve(params ReadOnlySpan<string?> tags)
    {
        foreach (var tag in tags)
        {
            if (Find(tag) is { } language)
            {
                return language;
            }
        }

        return English;
    }

    /// <summary>"pt_BR.UTF-8" (POSIX LANG) or "pt-br" → "pt-BR"; "C", "POSIX" and empty → null.</summary>
    private static string? Normalize(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return null;
        }

        var value = tag.Trim();
        var cut = value.IndexOfAny(['.', '@']);
        if (cut >= 0)
        {
            value = value[..cut];
        }

        value = value.Replace('_', '-');
        return value is "C" or "POSIX" || value.Length == 0 ? null : value;
    }
}
