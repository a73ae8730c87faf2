using MusicBot.Core.Chat;

namespace MusicBot.Core.Tests.Chat;

public sealed class CommandLineTests
{
    [Theory]
    [InlineData("/style lo-fi piano", "style", null, "lo-fi piano")]
    [InlineData("/Generate", "generate", null, "")]
    [InlineData("/style@MusicBot jazz", "style", "MusicBot", "jazz")]
    [InlineData("  /title   Night Drive  ", "title", null, "Night Drive")]
    public void TryParse_Command_SplitsNameBotAndArguments(string text, string name, string? bot, string arguments)
    {
        var line = CommandLine.TryParse(text);

        Assert.Equal(new CommandLine(name, bot, arguments), line);
    }

    [Fact]
    public void TryParse_MultiLineArguments_KeepsInnerLineBreaks()
    {
        var line = CommandLine.TryParse("/lyrics first\nsecond\n");

        Assert.Equal("first\nsecond", line!.Arguments);
    }

    [Theory]
    [InlineData("hello")]
    [InlineData("/")]
    [InlineData("/ style")]
    [InlineData("/123")]
    [InlineData("")]
    public void TryParse_NotACommand_ReturnsNull(string text)
    {
        Assert.Null(CommandLine.TryParse(text));
    }
}
