using MusicBot.Core.Generation;

namespace MusicBot.Core.Tests.Generation;

public sealed class TaskCorrelationTests
{
    [Fact]
    public void Of_ThenTryParse_RoundTrips() => Assert.Equal(42, TaskCorrelation.TryParse(TaskCorrelation.Of(42)));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("task-")]
    [InlineData("task--1")]
    [InlineData("task-1x")]
    [InlineData("job-1")]
    public void TryParse_AnythingElse_IsNull(string? value) => Assert.Null(TaskCorrelation.TryParse(value));
}
