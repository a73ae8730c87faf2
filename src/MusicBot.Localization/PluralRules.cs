using System.Globalization;

namespace MusicBot.Localization;

/// <summary>
/// CLDR cardinal plural rules (unicode.org/cldr plurals.xml) for whole numbers in the catalog's languages.
/// Hand-written because .NET has no public plural-rules API and ICU4N is only published as an alpha.
/// </summary>
public static class PluralRules
{
    /// <summary>The categories a catalog must give for a plural key in this language, in CLDR order.</summary>
    public static IReadOnlyList<PluralCategory> CategoriesOf(CultureInfo culture) => FamilyOf(culture) switch
    {
        Family.EastSlavic or Family.Polish => [PluralCategory.One, PluralCategory.Few, PluralCategory.Many, PluralCategory.Other],
        Family.French or Family.Portuguese or Family.Spanish => [PluralCategory.One, PluralCategory.Many, PluralCategory.Other],
        _ => [PluralCategory.One, PluralCategory.Other],
    };

    public static PluralCategory Select(CultureInfo culture, long number)
    {
        var n = Math.Abs(number);
        var mod10 = n % 10;
        var mod100 = n % 100;
        return FamilyOf(culture) switch
        {
            // ru, uk: one = i%10=1 and i%100!=11; few = i%10=2..4 and i%100!=12..14; many = the rest of the integers.
            Family.EastSlavic => mod10 == 1 && mod100 != 11 ? PluralCategory.One
                : mod10 is >= 2 and <= 4 && mod100 is < 12 or > 14 ? PluralCategory.Few
                : PluralCategory.Many,
            // pl: one = 1; few = i%10=2..4 and i%100!=12..14; many = every other integer.
            Family.Polish => n == 1 ? PluralCategory.One
                : mod10 is >= 2 and <= 4 && mod100 is < 12 or > 14 ? PluralCategory.Few
                : PluralCategory.Many,
            // fr, pt (Brazil): one = i=0,1; many = e=0 and i!=0 and i%1000000=0 (a million, two million, …).
            Family.French or Family.Portuguese => n is 0 or 1 ? PluralCategory.One
                : n % 1_000_000 == 0 ? PluralCategory.Many
                : PluralCategory.Other,
            // es: one = 1; many = a whole million (as fr and pt).
            Family.Spanish => n == 1 ? PluralCategory.One
                : n != 0 && n % 1_000_000 == 0 ? PluralCategory.Many
                : PluralCategory.Other,
            // hi: one = i=0 or n=1.
            Family.Hindi => n is 0 or 1 ? PluralCategory.One : PluralCategory.Other,
            // en, de, tr: one = 1.
            _ => n == 1 ? PluralCategory.One : PluralCategory.Other,
        };
    }

    private static Family FamilyOf(CultureInfo culture) => culture.TwoLetterISOLanguageName switch
    {
        "ru" or "uk" => Family.EastSlavic,
        "pl" => Family.Polish,
        "fr" => Family.French,
        "es" => Family.Spanish,
        "pt" => Family.Portuguese,
        "hi" => Family.Hindi,
        _ => Family.OneOther,
    };

    private enum Family
    {
        OneOther,
        EastSlavic,
        Polish,
        French,
        Portuguese,
        Spanish,
        Hindi,
    }
}
