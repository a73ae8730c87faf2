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

    [Fact]
    public void Reserve_BurstOfTenThousandAcrossChatsAndGroups_KeepsEveryLimitInEverySlidingWindow()
    {
        var options = new TelegramOptions();
        var gate = Gate(options);
        var random = new Random(42);
        var booked = new List<(long Chat, DateTimeOffset At)>();
        for (var i = 0; i < 10_000; i++)
        {
            // Groups are booked up to minutes ahead, so global slots are taken out of order; time creeps on to prune.
            var chat = random.Next(8) == 0 ? Group - random.Next(5) : random.Next(1, 3_000);
            booked.Add((chat, _time.GetUtcNow() + gate.Reserve(chat)));
            if (i % 10 == 0)
            {
                _time.Advance(TimeSpan.FromMilliseconds(3));
            }
        }

        AssertAtMost(booked.Select(b => b.At), options.GlobalMessagesPerSecond, TimeSpan.FromSeconds(1));
        foreach (var chat in booked.GroupBy(b => b.Chat))
        {
            AssertAtMost(chat.Select(b => b.At), 1, options.ChatMessageInterval);
            if (chat.Key < 0)
            {
                AssertAtMost(chat.Select(b => b.At), options.GroupMessagesPerMinute, TimeSpan.FromMinutes(1));
            }
        }
    }

    /// <summary>No half-open window of <paramref name="window"/> holds more than <paramref name="limit"/> of the times.</summary>
    private static void AssertAtMost(IEnumerable<DateTimeOffset> times, int limit, TimeSpan window)
    {
        var sorted = times.Order().ToList();
        for (var i = 0; i + limit < sorted.Count; i++)
        {
            Assert.True(sorted[i + limit] - sorted[i] >= window, $"{limit + 1} slots within {window} from {sorted[i]:O}");
        }
    }

    private FloodGate Gate(TelegramOptions options) => new(Options.Create(options), _time);
}
