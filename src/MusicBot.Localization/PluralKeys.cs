namespace MusicBot.Localization;

/// <summary>A plural message is one catalog entry per CLDR category: <c>credits.balance#one</c>, <c>credits.balance#few</c>, ….</summary>
public static class PluralKeys
{
    public const char Separator = '#';

    public static string Of(string key, PluralCategory category) =>
        $"{key}{Separator}{category.ToString().ToLowerInvariant()}";

    /// <summary>Splits <c>credits.balance#few</c> into its key and category; false for a plain key.</summary>
    public static bool TryParse(string entry, out string key, out PluralCategory category)
    {
        var cut = entry.LastIndexOf(Separator);
        if (cut > 0 && Enum.TryParse(entry[(cut + 1)..], ignoreCase: true, out category) && char.IsLower(entry[cut + 1]))
        {
            key = entry[..cut];
            return true;
        }

        key = entry;
        category = PluralCategory.Other;
        return false;
    }
}
