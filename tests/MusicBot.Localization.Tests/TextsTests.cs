namespace MusicBot.Localization.Tests;

/// <summary>Renderers' view of the catalog: named arguments, plural forms and the culture's number format.</summary>
public sealed class TextsTests
{
    [Theory]
    [InlineData(1, "У вас 1 кредит.")]
    [InlineData(2, "У вас 2 кредита.")]
    [InlineData(5, "У вас 5 кредитов.")]
    [InlineData(21, "У вас 21 кредит.")]
    [InlineData(25, "У вас 25 кредитов.")]
    public void Plural_Russian_TakesTheCldrForm(long credits, string expected) =>
        Assert.Equal(expected, CatalogFixture.Texts().Plural(Languages.Find("ru")!, "credits.balance", credits));

    [Theory]
    [InlineData("pl", 2, "Masz 2 kredyty.")]
    [InlineData("pl", 12, "Masz 12 kredytów.")]
    [InlineData("fr", 0, "Tu as 0 crédit.")]
    [InlineData("pt-BR", 1, "Você tem 1 crédito.")]
    [InlineData("en", 1, "You have 1 credit.")]
    [InlineData("en", 0, "You have 0 credits.")]
    public void Plural_Language_TakesItsForm(string code, long credits, string expected) =>
        Assert.Equal(expected, CatalogFixture.Texts().Plural(Languages.Find(code)!, "credits.balance", credits));

    [Fact]
    public void Plural_NamedArgument_FillsItsPlaceholder() =>
        Assert.Equal(
            "Песня через sunoapi стоит 12 кредитов.",
            CatalogFixture.Texts().Plural(Languages.Find("ru")!, "credits.song_price", 12, ("provider", "sunoapi")));

    [Theory]
    [InlineData("de", "1.234,5")]
    [InlineData("ru", "1\u00a0234,5")]
    [InlineData("en", "1,234.5")]
    public void Get_Number_FormattedInTheLanguagesCulture(string code, string expected)
    {
        var language = Languages.Find(code)!;

        // Fails with InvariantGlobalization on or without ICU: every culture would then format like the invariant one.
        Assert.Equal(expected, MessageFormat.Format("{n}", language.Culture, new Dictionary<string, object?> { ["n"] = 1234.5 }));
    }

    [Fact]
    public void Get_KeyMissingInTheLanguage_EnglishTextLoggedOnce()
    {
        var logger = new RecordingLogger<Texts>();
        var texts = CatalogFixture.Texts(logger);

        var first = texts.Get(Languages.Find("de")!, "no.such.key");
        var second = texts.Get(Languages.Find("de")!, "no.such.key");

        Assert.Equal("no.such.key", first);
        Assert.Equal(first, second);
        Assert.Single(logger.Lines, l => l.Contains("no.such.key", StringComparison.Ordinal));
    }

    [Fact]
    public void Get_UnknownLanguageTag_ResolvesToEnglish() =>
        Assert.Equal("Language: English.", CatalogFixture.Texts().Get(Languages.Resolve("xx-YY"), "language.set", ("language", "English")));

    [Fact]
    public void Format_DoubledBraces_AreLiteral() =>
        Assert.Equal("{credits} = 3", MessageFormat.Format("{{credits}} = {credits}", Languages.English.Culture, new Dictionary<string, object?> { ["credits"] = 3 }));
}
