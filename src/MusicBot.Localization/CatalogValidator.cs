namespace MusicBot.Localization;

/// <summary>
/// What makes a catalog whole: every English key is present, nothing extra, the same placeholders and edge spaces as
/// English, and a plural key has exactly its language's CLDR categories. Each problem names the file and the key.
/// </summary>
public static class CatalogValidator
{
    public static IReadOnlyList<string> Problems(CatalogFile english, CatalogFile catalog)
    {
        var problems = new List<string>();
        var expected = Shape(english);
        var actual = Shape(catalog);
        var required = PluralRules.CategoriesOf(catalog.Language.Culture).ToHashSet();

        foreach (var (key, entry) in expected)
        {
            if (!actual.TryGetValue(key, out var found))
            {
                problems.Add($"{catalog.FileName}: key '{key}' is missing");
                continue;
            }

            if (entry.IsPlural != found.IsPlural)
            {
                problems.Add($"{catalog.FileName}: key '{key}' must {(entry.IsPlural ? "" : "not ")}be a plural key as in {english.FileName}");
                continue;
            }

            if (found.IsPlural && !found.Forms.Keys.ToHashSet().SetEquals(required))
            {
                problems.Add($"{catalog.FileName}: plural key '{key}' has forms [{string.Join(", ", found.Forms.Keys.Order())}] but {catalog.Language.Code} needs [{string.Join(", ", required.Order())}]");
            }

            var placeholders = entry.Forms.Values.SelectMany(MessageFormat.PlaceholdersOf).ToHashSet();
            foreach (var (category, text) in found.Forms)
            {
                var suffix = found.IsPlural ? $"#{category.ToString().ToLowerInvariant()}" : "";
                // Templates are glued into sentences (" or ", " (detail)"): an edge space lost in translation joins two words.
                var model = entry.Forms.GetValueOrDefault(category) ?? entry.Forms.Values.First();
                if (string.IsNullOrWhiteSpace(text))
                {
                    problems.Add($"{catalog.FileName}: key '{key}{suffix}' is empty");
                }
                else if (Edges(text) != Edges(model))
                {
                    problems.Add($"{catalog.FileName}: key '{key}{suffix}' must start and end with spaces as in {english.FileName}");
                }

                var used = MessageFormat.PlaceholdersOf(text).ToHashSet();
                // A plural form may leave out {count} ("одна песня"); every other placeholder must match English.
                var missing = placeholders.Except(used).Where(p => !(found.IsPlural && p == "count")).Order().ToList();
                var unknown = used.Except(placeholders).Order().ToList();
                if (missing.Count > 0 || unknown.Count > 0)
                {
                    problems.Add($"{catalog.FileName}: key '{key}{suffix}' placeholders differ from English (missing [{string.Join(", ", missing)}], unknown [{string.Join(", ", unknown)}])");
                }
            }
        }

        foreach (var key in actual.Keys.Except(expected.Keys).Order(StringComparer.Ordinal))
        {
            problems.Add($"{catalog.FileName}: key '{key}' is not in {english.FileName}");
        }

        return problems;
    }

    private static Dictionary<string, Entry> Shape(CatalogFile file)
    {
        var entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
        foreach (var (name, text) in file.Entries)
        {
            var isPlural = PluralKeys.TryParse(name, out var key, out var category);
            if (!entries.TryGetValue(key, out var entry))
            {
                entries[key] = entry = new Entry(isPlural, []);
            }

            entry.Forms[category] = text;
        }

        return entries;
    }

    private static (bool Leading, bool Trailing) Edges(string text) =>
        (text.Length > 0 && char.IsWhiteSpace(text[0]), text.Length > 0 && char.IsWhiteSpace(text[^1]));

    private sealed record Entry(bool IsPlural, Dictionary<PluralCategory, string> Forms);
}
