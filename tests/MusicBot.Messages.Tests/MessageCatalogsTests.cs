using MusicBot.Localization;

namespace MusicBot.Messages.Tests;

/// <summary>A key a language lacks, and marked-up messages.</summary>
public sealed class MessageCatalogsTests
{
    [Fact]
    public void Text_KeyTheLanguageLacks_EnglishTextAndReportedOnceForManyRenders()
    {
        var english = CatalogFile.Load(Languages.English);
        var russian = CatalogFile.Load(Languages.Find("ru")!);
        var lacking = russian with { Entries = russian.Entries.Where(e => e.Key != "nothing-charged" && !e.Key.StartsWith("credits#", StringComparison.Ordinal)).ToDictionary() };
        var reported = new List<string>();
        var catalog = MessageCatalog.Load(english, lacking, (language, key) => reported.Add($"{language.Code}:{key}"));

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(english.Entries["nothing-charged"], catalog.Text("nothing-charged"));
            Assert.Equal("5 credits", catalog.Plural("credits", 5));
        }

        Assert.Equal(russian.Entries["charged.nothing"], catalog.Text("charged.nothing"));
        Assert.Equal(["ru:nothing-charged", "ru:credits"], reported);
    }

    [Fact]
    public void Text_Markup_EscapesTheTemplateAndPlainValuesButNotMarkupValues()
    {
        var catalog = new MessageCatalog(Languages.English, new Dictionary<string, string> { ["m"] = "<{a}> & {b} {n}" });

        var text = catalog.Text("m", Escape, ("a", "<i>"), ("b", new Markup("<b>x</b>")), ("n", 1234));

        Assert.Equal("&lt;&lt;i&gt;&gt; &amp; <b>x</b> 1,234", text);
    }

    private static string Escape(string text) => text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}
