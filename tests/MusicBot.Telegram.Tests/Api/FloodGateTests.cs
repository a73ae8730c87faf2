using Microsoft.Extensions.Options;
using MusicBot.Telegram.Api;
using MusicBot.Testing;

namespace MusicBot.Telegram.Tests.Api;

public sealed class FloodGateTests
{
    private const long Private = 210000001;
    private const long Group = -1002000000042;
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public void Reserve_SameChatTwice_SecondWaitsOneInterval()
    {
        var gate = Gate(new TelegramOptions());

        Assert.Equal(TimeSpan.Zero, gate.Reserve(Private));
        Assert.Equal(TimeSpan.FromSeconds(1), gate.Reserve(Private));
        Assert.Equal(TimeSpan.FromSeconds(2), gate.Reserve(Private));
    }

    [Fact]
    public void Reserve_DifferentChats_DoNotWaitForEachOther()
    {
        var gate = Gate(new TelegramOptions());

        Assert.Equal(TimeSpan.Zero, gate.Reserve(1));
        Assert.Equal(TimeSpan.Zero, gate.Reserve(2));
    }

    [Fact]
    public void Reserve_IntervalPassed_NoWait()
    {
        var gate = Gate(new TelegramOptions());
        gate.Reserve(Private);

        _time.Advance(TimeSpan.FromSeconds(1.5));

        Assert.Equal(TimeSpan.Zero, gate.Reserve(Private));
    }

    [Fact]
    public void Reserve_TwentyFirstGroupMessageInAMinute_WaitsUntilTheFirstLeavesTheWindow()
    {
        var gate = Gate(new TelegramOptions { ChatMessageInterval = TimeSpan.Zero });
        for (var i = 0; i < 20; i++)
        {
            Assert.Equal(TimeSpan.Zero, gate.Reserve(Group));
            _time.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.Equal(TimeSpan.FromSeconds(40), gate.Reserve(Group));
    }

    [Fact]
    public void Reserve_PrivateChats_AreNotHeldToTheGroupLimit()
    {
        var gate = Gate(new TelegramOptions { ChatMessageInterval = TimeSpan.Zero });
        for (var i = 0; i < 25; i++)
        {
            Assert.Equal(TimeSpan.Zero, gate.Reserve(Private));
        }
    }

    [Fact]
    public void Reserve_ThirtyFirstMessageInASecond_WaitsForTheGlobalWindow()
    {
        var gate = Gate(new TelegramOptions { ChatMessageInterval = TimeSpan.Zero });
        for (var chat = 1; chat <= 30; chat++)
        {
            Assert.Equal(TimeSpan.Zero, gate.Reserve(chat));
        }

        Assert.Equal(TimeSpan.FromSeconds(1), gate.Reserve(31));
    }

    [Fact]
    public async Task EnterAsync_SlowSend_NextMessageWaitsAFullIntervalFromTheAnswer()
    {
        var gate = Gate(new TelegramOptions());

        using (await gate.EnterAsync(Private, CancellationToken.None))
        {
            _time.Advance(TimeSpan.FromSeconds(0.7));
        }

        Assert.Equal(TimeSpan.FromSeconds(1), gate.Reserve(Private));
    }

    private FloodGate Gate(TelegramOptions options) => new(Options.Create(options), _time);
}
