using MusicBot.Telegram.Rendering;

namespace MusicBot.Telegram.Tests.Rendering;

public sealed class HtmlTests
{
    [Theory]
    [InlineData("a < b & c > d", "a &lt; b &amp; c &gt; d")]
    [InlineData("&lt; is already escaped", "&amp;lt; is already escaped")]
    [InlineData("<b>bold?</b>", "&lt;b&gt;bold?&lt;/b&gt;")]
    [InlineData("plain text, \"quotes\" stay", "plain text, \"quotes\" stay")]
    public void Escape_UserText_EscapesExactlyAmpersandAndAngleBrackets(string text, string expected)
    {
        Assert.Equal(expected, Html.Escape(text));
    }

    [Fact]
    public void Attribute_Quote_IsEscapedToo()
    {
        Assert.Equal("https://x.example/?a=1&amp;b=&quot;2&quot;", Html.Attribute("https://x.example/?a=1&b=\"2\""));
    }

    [Fact]
    public void Shorten_CutInsideSurrogatePair_KeepsThePairWhole()
    {
        var text = "ab🎸cd";

        var shortened = Html.Shorten(text, 4);

        Assert.Equal("ab…", shortened);
    }

    [Fact]
    public void VisibleLength_TagsAndEntities_CountsOnlyWhatTheUserReads()
    {
        Assert.Equal("a<b & c".Length, Html.VisibleLength("<b>a&lt;b</b> &amp; <i>c</i>"));
    }
}
