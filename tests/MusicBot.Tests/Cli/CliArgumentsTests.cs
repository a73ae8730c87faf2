using MusicBot.Cli;

namespace MusicBot.Tests.Cli;

public sealed class CliArgumentsTests
{
    private static readonly string[] Flags = ["force"];

    [Fact]
    public void Parse_NegativeValuesFlagsAndConfigOverrides_AreToldApart()
    {
        var parsed = CliArguments.Parse(["quota", "set", "--scope", "-100123", "--user=42", "--force", "--MusicBot:DataDirectory", "/data", "--MusicBot:Quota:DefaultCredits=3"], Flags);

        Assert.Equal(["quota", "set"], parsed.Positional);
        Assert.Equal("-100123", parsed.Option("scope"));
        Assert.Equal("42", parsed.Option("user"));
        Assert.True(parsed.Flag("force"));
        parsed.AllowOnly("scope", "user", "force");
    }

    [Fact]
    public void Parse_OptionWithoutValue_IsAUsageError() =>
        Assert.Throws<CliUsageException>(() => CliArguments.Parse(["quota", "list", "--scope"], Flags));

    [Fact]
    public void AllowOnly_UnknownOption_NamesIt()
    {
        var parsed = CliArguments.Parse(["tasks", "list", "--stat", "queued"], Flags);

        var error = Assert.Throws<CliUsageException>(() => parsed.AllowOnly("state", "limit"));

        Assert.Equal("Unknown option --stat.", error.Message);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-1")]
    [InlineData("1000001")]
    public void RequiredNumber_OutOfRange_IsAUsageError(string value)
    {
        var parsed = CliArguments.Parse(["--credits", value], Flags);

        Assert.Throws<CliUsageException>(() => parsed.RequiredNumber("credits", 0, 1_000_000));
    }
}
