using System.Globalization;
using MusicBot.Messages;

namespace MusicBot.Messages.Tests;

public sealed class MessageCatalogTests
{
    private static readonly MessageCatalog Catalog = new(
        new Dictionary<string, string>
        {
            ["greeting"] = "Hello {name}, {name}! {unknown} stays.",
            ["songs.one"] = "{count} song for {who}",
            ["songs.other"] = "{count} songs for {who}",
            ["number"] = "{value}",
        },
        CultureInfo.InvariantCulture);

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

    [Fact]
    public void Text_Numbers_AreFormattedInTheCatalogsCulture() =>
        Assert.Equal("1000000", Catalog.Text("number", ("value", 1_000_000)));

    [Fact]
    public void English_EveryPluralKey_HasBothForms()
    {
        var keys = MessageCatalog.English.Keys.ToHashSet();
        var plural = keys.Where(k => k.EndsWith(".one", StringComparison.Ordinal) || k.EndsWith(".other", StringComparison.Ordinal))
            .Select(k => k[..k.LastIndexOf('.')]).Distinct();

        Assert.All(plural, key => Assert.True(keys.Contains($"{key}.one") && keys.Contains($"{key}.other"), key));
    }
}
