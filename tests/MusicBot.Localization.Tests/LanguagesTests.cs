namespace MusicBot.Localization.Tests;

/// <summary>How a platform's language tag picks a catalog.</summary>
public sealed class LanguagesTests
{
    [Theory]
    [InlineData("ru", "ru")]
    [InlineData("pt-BR", "pt-BR")]
    [InlineData("pt-br", "pt-BR")]
    [InlineData("pt", "pt-BR")]
    [InlineData("es-ES", "es")]
    [InlineData("es-419", "es")]
    [InlineData("en-US", "en")]
    [InlineData("en-GB", "en")]
    [InlineData("uk", "uk")]
    [InlineData("de_DE.UTF-8", "de")]
    [InlineData("pt_BR.UTF-8", "pt-BR")]
    [InlineData("tr_TR@euro", "tr")]
    public void Find_PlatformTag_SupportedLanguage(string tag, string expected) =>
        Assert.Equal(expected, Languages.Find(tag)!.Code);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("C")]
    [InlineData("POSIX")]
    [InlineData("ja")]
    [InlineData("zh-CN")]
    public void Find_UnsupportedOrEmpty_Null(string? tag) => Assert.Null(Languages.Find(tag));

    [Fact]
    public void Resolve_FirstSupportedTagWins_DiscordLocaleBeforeGuildLocale()
    {
        Assert.Equal("pt-BR", Languages.Resolve("pt-BR", "de").Code);
        Assert.Equal("de", Languages.Resolve("ja", "de").Code);
        Assert.Equal("en", Languages.Resolve("ja", null).Code);
    }

    [Fact]
    public void Supported_DiscordLocales_CoverTheTenDiscordLocalesOfTheCatalogs() =>
        Assert.Equal(
            ["de", "es-419", "es-ES", "fr", "hi", "pl", "pt-BR", "ru", "tr", "uk"],
            Languages.Supported.SelectMany(l => l.DiscordLocales).Order(StringComparer.Ordinal));
}
