using MusicBot.Terminal;

namespace MusicBot.Tests.Terminal;

public sealed class TerminalLanguageTests
{
    [Theory]
    [InlineData(null, "de_DE.UTF-8", "de-DE")]
    [InlineData(null, "pt_BR", "pt-BR")]
    [InlineData(null, "uk_UA.UTF-8@euro", "uk-UA")]
    [InlineData("fr", "de_DE.UTF-8", "fr")]
    [InlineData(" pt-BR ", null, "pt-BR")]
    public void Hint_ConfiguredOrLang_ConfiguredFirstThenLangAsATag(string? configured, string? lang, string expected) =>
        Assert.Equal(expected, TerminalLanguage.Hint(configured, lang));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("C")]
    [InlineData("C.UTF-8")]
    [InlineData("POSIX")]
    public void Hint_NoLanguageAnywhere_IsNull(string? lang) => Assert.Null(TerminalLanguage.Hint(null, lang));
}
