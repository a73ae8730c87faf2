using MusicBot.Discord.Commands;

namespace MusicBot.Discord.Tests.Commands;

public sealed class CustomIdsTests
{
    [Fact]
    public void ExtendOf_IdOfTheExtendButton_GivesBackSongAndTake()
    {
        Assert.Equal((12L, 2), CustomIds.ExtendOf(CustomIds.ExtendTake(12, 2)));
        Assert.Null(CustomIds.TaskIdOf(CustomIds.ExtendTake(12, 2)));
        Assert.Null(CustomIds.ExtendOf(CustomIds.RegenerateTask(12)));
    }

    [Theory]
    [InlineData("mb:ext:12")]
    [InlineData("mb:ext:12:x")]
    [InlineData("mb:ext:-1:1")]
    [InlineData("mb:ext:1:2:3")]
    public void ExtendOf_MalformedId_Null(string customId) => Assert.Null(CustomIds.ExtendOf(customId));

    [Fact]
    public void ExtendTake_LargestIds_StaysWithinDiscordsHundredCharacters() =>
        Assert.True(CustomIds.ExtendTake(long.MaxValue, int.MaxValue).Length <= 100);
}
