using System.Globalization;

namespace MusicBot.Localization.Tests;

/// <summary>The hand-written rules against CLDR's published examples (plurals.xml, cardinal).</summary>
public sealed class PluralRulesTests
{
    [Theory]
    [InlineData("ru", 1, PluralCategory.One)]
    [InlineData("ru", 2, PluralCategory.Few)]
    [InlineData("ru", 5, PluralCategory.Many)]
    [InlineData("ru", 11, PluralCategory.Many)]
    [InlineData("ru", 12, PluralCategory.Many)]
    [InlineData("ru", 21, PluralCategory.One)]
    [InlineData("ru", 22, PluralCategory.Few)]
    [InlineData("ru", 25, PluralCategory.Many)]
    [InlineData("ru", 0, PluralCategory.Many)]
    [InlineData("ru", 111, PluralCategory.Many)]
    [InlineData("uk", 1, PluralCategory.One)]
    [InlineData("uk", 3, PluralCategory.Few)]
    [InlineData("uk", 11, PluralCategory.Many)]
    [InlineData("uk", 21, PluralCategory.One)]
    [InlineData("uk", 24, PluralCategory.Few)]
    [InlineData("uk", 25, PluralCategory.Many)]
    [InlineData("pl", 1, PluralCategory.One)]
    [InlineData("pl", 2, PluralCategory.Few)]
    [InlineData("pl", 5, PluralCategory.Many)]
    [InlineData("pl", 12, PluralCategory.Many)]
    [InlineData("pl", 21, PluralCategory.Many)]
    [InlineData("pl", 22, PluralCategory.Few)]
    [InlineData("pl", 0, PluralCategory.Many)]
    [InlineData("fr", 0, PluralCategory.One)]
    [InlineData("fr", 1, PluralCategory.One)]
    [InlineData("fr", 2, PluralCategory.Other)]
    [InlineData("fr", 1_000_000, PluralCategory.Many)]
    [InlineData("pt-BR", 0, PluralCategory.One)]
    [InlineData("pt-BR", 1, PluralCategory.One)]
    [InlineData("pt-BR", 2, PluralCategory.Other)]
    [InlineData("pt-BR", 2_000_000, PluralCategory.Many)]
    [InlineData("hi", 0, PluralCategory.One)]
    [InlineData("hi", 1, PluralCategory.One)]
    [InlineData("hi", 2, PluralCategory.Other)]
    [InlineData("es", 0, PluralCategory.Other)]
    [InlineData("es", 1, PluralCategory.One)]
    [InlineData("es", 2, PluralCategory.Other)]
    [InlineData("es", 1_000_000, PluralCategory.Many)]
    [InlineData("tr", 1, PluralCategory.One)]
    [InlineData("tr", 0, PluralCategory.Other)]
    [InlineData("tr", 2, PluralCategory.Other)]
    [InlineData("de", 1, PluralCategory.One)]
    [InlineData("de", 0, PluralCategory.Other)]
    [InlineData("de", 1_000_000, PluralCategory.Other)]
    [InlineData("en", 1, PluralCategory.One)]
    [InlineData("en", 0, PluralCategory.Other)]
    [InlineData("en", 21, PluralCategory.Other)]
    public void Select_CldrExample_GivesItsCategory(string language, long number, PluralCategory expected) =>
        Assert.Equal(expected, PluralRules.Select(CultureInfo.GetCultureInfo(language), number));

    [Fact]
    public void Select_EveryNumberUpToAThousand_GivesACategoryTheLanguageDeclares()
    {
        foreach (var language in Languages.Supported)
        {
            var declared = PluralRules.CategoriesOf(language.Culture);
            for (var n = 0; n <= 1000; n++)
            {
                Assert.Contains(PluralRules.Select(language.Culture, n), declared);
            }
        }
    }
}
