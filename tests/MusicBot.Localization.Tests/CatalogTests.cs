namespace MusicBot.Localization.Tests;

/// <summary>The shipped catalogs are whole, and the checks that say so catch a broken one by file and key.</summary>
public sealed class CatalogTests
{
    private static readonly CatalogFile English = CatalogFile.Load(Languages.English);

    public static TheoryData<string> Translations() => [.. Languages.Supported.Where(l => l != Languages.English).Select(l => l.Code)];

    [Fact]
    public void LoadAll_TenLanguages_EachHasItsOwnFile()
    {
        var files = CatalogFile.LoadAll();

        Assert.Equal(10, files.Count);
        Assert.Equal(files.Count, files.Select(f => f.FileName).Distinct().Count());
        Assert.All(files, f => Assert.NotEmpty(f.Entries));
    }

    [Theory]
    [MemberData(nameof(Translations))]
    public void Problems_ShippedCatalog_None(string code)
    {
        var catalog = CatalogFile.Load(Languages.Find(code)!);

        Assert.Empty(CatalogValidator.Problems(English, catalog));
    }

    [Fact]
    public void Problems_EnglishAgainstItself_None() => Assert.Empty(CatalogValidator.Problems(English, English));

    [Fact]
    public void Problems_MissingKey_NamesFileAndKey()
    {
        var russian = CatalogFile.Load(Languages.Find("ru")!);
        var broken = russian with { Entries = Without(russian.Entries, "discord.desc.music") };

        Assert.Contains("Messages.ru.resx: key 'discord.desc.music' is missing", CatalogValidator.Problems(English, broken));
    }

    [Fact]
    public void Problems_RenamedPlaceholder_NamesFileKeyAndPlaceholders()
    {
        var german = CatalogFile.Load(Languages.Find("de")!);
        var broken = german with { Entries = With(german.Entries, "credits.song_price#other", "Ein Song kostet bei {anbieter} {count} Credits.") };

        var problem = Assert.Single(CatalogValidator.Problems(English, broken));
        Assert.Equal("Messages.de.resx: key 'credits.song_price#other' placeholders differ from English (missing [provider], unknown [anbieter])", problem);
    }

    [Fact]
    public void Problems_PluralWithoutFewForm_NamesFileKeyAndForms()
    {
        var polish = CatalogFile.Load(Languages.Find("pl")!);
        var broken = polish with { Entries = Without(polish.Entries, "credits.balance#few") };

        Assert.Contains(
            "Messages.pl.resx: plural key 'credits.balance' has forms [One, Many, Other] but pl needs [One, Few, Many, Other]",
            CatalogValidator.Problems(English, broken));
    }

    [Fact]
    public void Problems_KeyNotInEnglish_NamesFileAndKey()
    {
        var french = CatalogFile.Load(Languages.Find("fr")!);
        var broken = french with { Entries = With(french.Entries, "discord.desc.typo", "Faute de frappe") };

        Assert.Equal(["Messages.fr.resx: key 'discord.desc.typo' is not in Messages.resx"], CatalogValidator.Problems(English, broken));
    }

    [Fact]
    public void Problems_EmptyTranslation_NamesFileAndKey()
    {
        var turkish = CatalogFile.Load(Languages.Find("tr")!);
        var broken = turkish with { Entries = With(turkish.Entries, "discord.desc.option.title", " ") };

        Assert.Equal(["Messages.tr.resx: key 'discord.desc.option.title' is empty"], CatalogValidator.Problems(English, broken));
    }

    [Fact]
    public void Problems_SeparatorWithoutItsSpaces_NamesFileAndKey()
    {
        var spanish = CatalogFile.Load(Languages.Find("es")!);
        var broken = spanish with { Entries = With(spanish.Entries, "violation.too-long.allowance-separator", "o") };

        Assert.Equal(
            ["Messages.es.resx: key 'violation.too-long.allowance-separator' must start and end with spaces as in Messages.resx"],
            CatalogValidator.Problems(English, broken));
    }

    [Fact]
    public void Problems_MessageTemplateWithoutItsFewForm_NamesFileKeyAndForms()
    {
        var ukrainian = CatalogFile.Load(Languages.Find("uk")!);
        var broken = ukrainian with { Entries = Without(ukrainian.Entries, "items.stem#few") };

        Assert.Equal(
            ["Messages.uk.resx: plural key 'items.stem' has forms [One, Many, Other] but uk needs [One, Few, Many, Other]"],
            CatalogValidator.Problems(English, broken));
    }

    private static Dictionary<string, string> Without(IReadOnlyDictionary<string, string> entries, string key) =>
        entries.Where(e => e.Key != key).ToDictionary(StringComparer.Ordinal);

    private static Dictionary<string, string> With(IReadOnlyDictionary<string, string> entries, string key, string value) =>
        new(entries, StringComparer.Ordinal) { [key] = value };
}
