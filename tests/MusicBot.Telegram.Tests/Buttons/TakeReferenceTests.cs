using MusicBot.Telegram.Buttons;

namespace MusicBot.Telegram.Tests.Buttons;

public sealed class TakeReferenceTests
{
    [Theory]
    [InlineData("12", 12L, null)]
    [InlineData("12:2", 12L, 2)]
    [InlineData("9223372036854775807:2147483647", long.MaxValue, int.MaxValue)]
    public void Parse_SongOrSongAndTake_ReadsBoth(string argument, long taskId, int? take)
    {
        var reference = TakeReference.Parse(argument);

        Assert.Equal(new TakeReference(taskId, take), reference);
        Assert.Equal(argument, reference!.Text);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("-3")]
    [InlineData("12:")]
    [InlineData("12:x")]
    [InlineData("12:2:1")]
    [InlineData("V4_5")]
    public void Parse_AnythingElse_GivesNull(string? argument)
    {
        Assert.Null(TakeReference.Parse(argument));
    }
}
