using MusicBot.Localization;
using MusicBot.Messages;

namespace MusicBot.Messages.Tests;

public sealed class MessageCatalogTests
{
    private static readonly MessageCatalog Catalog = new(
        Languages.English,
        new Dictionary<string, string>
        {
            ["greeting"] = "Hello {name}, {name}! {unknown} stays.",
            ["songs#one"] = "{count} song for {who}",
            ["songs#other"] = "{count} songs for {who}",
            ["number"] = "{value}",
        });

    [Fact]
    public void Text_NamedPlaceholders_AreFilledWhereverTheyStandAndUnknownOnesKept() =>
        Assert.Equal("Hello Ana, Ana! {unknown} stays.", Catalog.Text("greeting", ("name", "Ana")));

    [Theory]
    [InlineData(1, "1 song for Ana")]
    [InlineData(0, "0 songs for Ana")]
    [InlineData(5, "5 songs for Ana")]
    public void Plural_English_PicksOneOrOther(long count, string expected) =>
        Assert.Equal(expected, Catalog.Plural("songs", count, ("who", "Ana")));

    [Fact]
    public void Text_MissingKey_ShowsTheKeyRatherThanFailing() => Assert.Equal("no.such.key", Catalog.Text("no.such.key"));

    // Users read quantities with their culture's grouping: 1,000,000 credits in English, 1 000 000 in Russian.
    [Theory]
    [InlineData("en", "1,000,000")]
    [InlineData("de", "1.000.000")]
    [InlineData("ru", "1 000 000")]
    public void Text_Numbers_AreFormattedInTheLanguagesCulture(string code, string expected) =>
        Assert.Equal(expected, new MessageCatalog(Languages.Find(code)!, new Dictionary<string, string> { ["number"] = "{value}" })
            .Text("number", ("value", 1_000_000)).Replace('\u00A0', ' ').Replace('\u202F', ' '));

    [Theory]
    [InlineData(1, "1 кредит")]
    [InlineData(3, "3 кредита")]
    [InlineData(5, "5 кредитов")]
    [InlineData(21, "21 кредит")]
    [InlineData(111, "111 кредитов")]
    public void Plural_Russian_PicksItsCldrForm(long count, string expected) =>
        Assert.Equal(expected, MessageCatalog.For(Languages.Find("ru")!).Plural("credits", count));
}
