using System.Collections;
using System.Resources;
using MusicBot.Localization.Catalog;

namespace MusicBot.Localization;

/// <summary>One language's catalog as its file defines it (no fallback to English), for checks and tests.</summary>
public sealed record CatalogFile(string FileName, Language Language, IReadOnlyDictionary<string, string> Entries)
{
    private static readonly ResourceManager Resources = new(typeof(Messages).FullName!, typeof(Messages).Assembly);

    public static IReadOnlyList<CatalogFile> LoadAll() => [.. Languages.Supported.Select(Load)];

    public static CatalogFile Load(Language language)
    {
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        var set = Resources.GetResourceSet(language.Culture, createIfNotExists: true, tryParents: false);
        foreach (DictionaryEntry entry in set ?? throw new InvalidOperationException($"No catalog for {language.Code}"))
        {
            entries[(string)entry.Key] = entry.Value as string ?? "";
        }

        var fileName = language == Languages.English ? "Messages.resx" : $"Messages.{language.Code}.resx";
        return new CatalogFile(fileName, language, entries);
    }
}
