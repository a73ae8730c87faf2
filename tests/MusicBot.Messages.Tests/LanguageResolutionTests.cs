using MusicBot.Core.Chat.Languages;

namespace MusicBot.Messages.Tests;

/// <summary>The order of the language sources, and how each tag falls back by itself.</summary>
public sealed class LanguageResolutionTests
{
    [Theory]
    [InlineData("ru", "de", "fr", null, "ru")]
    [InlineData(null, "de", "fr", null, "de")]
    [InlineData(null, null, "fr", null, "fr")]
    [InlineData(null, null, null, null, "en")]
    [InlineData(null, "de", "fr", "uk", "uk")]
    [InlineData("xx", "xx", "pt", null, "pt-BR")]
    [InlineData(null, null, null, "es-419", "es")]
    [InlineData(null, null, null, "es-ES", "es")]
    [InlineData(null, null, null, "en-GB", "en")]
    [InlineData(null, null, null, "xx", "en")]
    public void Resolve_ChoiceThenHintThenScopeDefaultThenEnglish(string? chosen, string? storedHint, string? scopeDefault, string? hintNow, string expected) =>
        Assert.Equal(expected, LanguageResolution.Resolve(new LanguagePreference(chosen, storedHint, scopeDefault), hintNow).Code);

    [Theory]
    [InlineData("ja", "pt-BR", "pt-BR")]
    [InlineData("es-419", "de", "es")]
    [InlineData("ja", "zh-CN", "ja")]
    [InlineData(null, "", null)]
    public void HintOf_PlatformTags_FirstSpokenLanguageElseTheFirstTag(string? locale, string? guildLocale, string? expected) =>
        Assert.Equal(expected, LanguageResolution.HintOf(locale, guildLocale));
}
