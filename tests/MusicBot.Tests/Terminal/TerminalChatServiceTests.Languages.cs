using MusicBot.Localization;
using MusicBot.Messages;
using MusicBot.Testing;

namespace MusicBot.Tests.Terminal;

/// <summary>The terminal's language: the configured one, else LANG, else English; /language overrides both.</summary>
public sealed partial class TerminalChatServiceTests
{
    [Fact]
    public async Task ExecuteAsync_LangGerman_LanguageCommandAnswersInGerman()
    {
        var german = Catalog("de");
        await using var bot = BotProcess.Start(_data.Path, new Dictionary<string, string> { ["LANG"] = "de_DE.UTF-8" });
        await bot.SendAsync("/language\n");
        bot.CloseInput();

        Assert.Equal(0, await bot.WaitForExitAsync(ExitTimeout));
        Assert.Contains(german.Text("language.shown.automatic", ("language", "Deutsch")), bot.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExecuteAsync_ConfiguredLanguageThenChoice_TheChoiceWinsAndIsKeptForTheNextRun()
    {
        var brazilian = Catalog("pt-BR");
        var russian = Catalog("ru");
        var settings = new Dictionary<string, string> { ["LANG"] = "de_DE.UTF-8", ["MusicBot__Terminal__Language"] = "pt-BR" };
        await using (var first = BotProcess.Start(_data.Path, settings))
        {
            await first.SendAsync("/language\n/language ru\n");
            first.CloseInput();
            Assert.Equal(0, await first.WaitForExitAsync(ExitTimeout));
            Assert.Contains(brazilian.Text("language.shown.automatic", ("language", "Português (Brasil)")), first.Stdout, StringComparison.Ordinal);
            Assert.Contains(russian.Text("language.chosen", ("language", "Русский")), first.Stdout, StringComparison.Ordinal);
        }

        await using var second = BotProcess.Start(_data.Path, settings);
        await second.SendAsync("/language\n");
        second.CloseInput();

        Assert.Equal(0, await second.WaitForExitAsync(ExitTimeout));
        Assert.Contains(russian.Text("language.shown.chosen", ("language", "Русский")), second.Stdout, StringComparison.Ordinal);
    }

    private static MessageCatalog Catalog(string code) => MessageCatalog.For(Languages.Find(code)!);
}
