using MusicBot.Discord.Rendering;

namespace MusicBot.Discord.Tests.Rendering;

public sealed class DiscordTextTests
{
    [Theory]
    [InlineData("**bold** _it_ ~~s~~", @"\*\*bold\*\* \_it\_ \~\~s\~\~")]
    [InlineData("`code` > quote # head [link](x) |spoiler|", @"\`code\` \> quote \# head \[link\](x) \|spoiler\|")]
    [InlineData(@"back\slash", @"back\\slash")]
    public void Escape_MarkdownCharacters_ShownLiterally(string text, string expected) =>
        Assert.Equal(expected, DiscordText.Escape(text));

    [Fact]
    public void Truncate_AtASurrogatePair_NeverSplitsIt()
    {
        var text = "ab🎵🎵🎵";

        var cut = DiscordText.Truncate(text, 4);

        Assert.Equal("ab…", cut);
    }

    [Fact]
    public void Duration_Seconds_MinutesAndSeconds() => Assert.Equal("3:05", DiscordText.Duration(184.6));
}
