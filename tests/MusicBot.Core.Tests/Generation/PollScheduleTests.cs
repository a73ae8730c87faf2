using MusicBot.Core.Generation;

namespace MusicBot.Core.Tests.Generation;

public sealed class PollScheduleTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan Max = TimeSpan.FromMinutes(2);

    [Theory]
    [InlineData(0, 10)]
    [InlineData(60, 10)]
    [InlineData(160, 20)]
    [InlineData(480, 60)]
    [InlineData(3600, 120)]
    public void NextDelay_TheLongerATaskSitsStill_TheRarerItIsPolledUpToTheCap(int stillSeconds, int expectedSeconds) =>
        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), PollSchedule.NextDelay(Interval, Max, TimeSpan.FromSeconds(stillSeconds)));

    [Fact]
    public void NextDelay_CapBelowTheProvidersInterval_NeverPollsFasterThanTheInterval() =>
        Assert.Equal(Interval, PollSchedule.NextDelay(Interval, TimeSpan.FromSeconds(1), TimeSpan.FromHours(1)));
}
