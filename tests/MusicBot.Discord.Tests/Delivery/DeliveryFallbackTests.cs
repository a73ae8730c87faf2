using MusicBot.Discord.Tests.Support;
using MusicBot.Emulators.Discord;
using MusicBot.Emulators.Discord.State;
using MusicBot.Testing;

namespace MusicBot.Discord.Tests.Delivery;

/// <summary>
/// Where results go when the interaction token cannot be used: after 15 minutes by the bot's clock, or when Discord
/// says the token is gone. The tracks and the result then arrive as channel messages.
/// </summary>
public sealed class DeliveryFallbackTests
{
    [Fact]
    public async Task Delivery_TokenOlderThan15MinutesByTheBotsClock_PostsToTheChannel()
    {
        await using var discord = await DiscordEmulator.StartAsync();
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var bot = await DiscordBotHost.StartAsync(discord, Slow, clock);
        var generate = await discord.SlashAsync(People.Ian, "music generate", ("style", "slow cinematic strings"));
        var original = await discord.WaitForReplyAsync(generate);

        clock.Advance(TimeSpan.FromMinutes(16));

        await WaitWhileTimePassesAsync(discord, bot, clock, () => ChannelMessages(discord).Count == 3, "two tracks and the result in the channel");
        Assert.All(ChannelMessages(discord).Take(2), m => Assert.Single(m.Attachments));
        Assert.Contains("is done", ChannelMessages(discord)[2].Content, StringComparison.Ordinal);
        Assert.Empty(discord.FollowUps(generate));
        Assert.Single(original!.Versions);
        Assert.DoesNotContain(discord.Record.Requests, r => r.Route.Contains("/webhooks/", StringComparison.Ordinal));
        Assert.Empty(discord.Record.Violations);
    }

    [Fact]
    public async Task Delivery_DiscordSaysTheTokenExpired_FallsBackToTheChannel()
    {
        await using var discord = await DiscordEmulator.StartAsync();
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var bot = await DiscordBotHost.StartAsync(discord, Slow, clock);
        var generate = await discord.SlashAsync(People.Ian, "music generate", ("style", "slow cinematic strings"));
        await discord.WaitForReplyAsync(generate);

        discord.Clock.Advance(TimeSpan.FromMinutes(16));
        clock.Advance(TimeSpan.FromMinutes(5));

        await WaitWhileTimePassesAsync(discord, bot, clock, () => ChannelMessages(discord).Count == 3, "two tracks and the result in the channel");
        Assert.Contains(discord.Record.Requests, r => r.Route.Contains("/webhooks/", StringComparison.Ordinal) && r.Code == 10062);
        Assert.Contains("is done", ChannelMessages(discord)[2].Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delivery_TrackLargerThanTheUploadLimit_SaysSoInsteadOfAttaching()
    {
        await using var discord = await DiscordEmulator.StartAsync(new EmulatorOptions { AttachmentSizeLimit = 64 * 1024 });
        await using var bot = await DiscordBotHost.StartAsync(discord);
        var generate = await discord.SlashAsync(People.Ian, "music generate", ("style", "ambient drone"));

        await discord.WaitUntilAsync(() => discord.FollowUps(generate).Count == 2, "both tracks");

        Assert.All(discord.FollowUps(generate), m =>
        {
            Assert.Empty(m.Attachments);
            Assert.Contains("larger than this channel's upload limit (0.1 MB)", m.Current["embeds"]![0]!["description"]!.GetValue<string>(), StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Generate_ProviderTimesOut_ProgressSaysItFailedAndRefunds()
    {
        await using var discord = await DiscordEmulator.StartAsync();
        await using var bot = await DiscordBotHost.StartAsync(discord, new()
        {
            ["MusicBot:Providers:Local:StageDelay"] = "00:10:00",
            ["MusicBot:Generation:TaskTimeout"] = "00:00:01",
        });
        var generate = await discord.SlashAsync(People.Ian, "music generate", ("style", "never finishes"));
        var original = await discord.WaitForReplyAsync(generate);

        await discord.WaitUntilAsync(() => original!.Content!.Contains("failed", StringComparison.Ordinal), "the failure");

        Assert.Contains("No result from local after", original!.Content, StringComparison.Ordinal);
        Assert.Contains("1 credit refunded", original.Content, StringComparison.Ordinal);
        Assert.Equal(10, await DatabaseFile.ScalarAsync<long>(bot.DataDirectory, "SELECT balance FROM credit_accounts"));
    }

    private static Dictionary<string, string?> Slow => new()
    {
        ["MusicBot:Providers:Local:StageDelay"] = "00:01:00",
        ["MusicBot:Generation:TaskTimeout"] = "01:00:00",
    };

    /// <summary>
    /// Waits while the bot's fake clock keeps moving (1 s per 50 ms tick), so anything the bot schedules on it (a
    /// retried delivery, the next poll) comes due; a frozen clock would strand a retry on a loaded machine. The pace is
    /// fast because the 5-minute jump makes the poll schedule back off towards its maximum interval: at a slower pace
    /// that next poll could fall beyond the wait.
    /// </summary>
    private static async Task WaitWhileTimePassesAsync(DiscordEmulator discord, DiscordBotHost bot, FakeTimeProvider clock, Func<bool> condition, string what)
    {
        using var ticking = new CancellationTokenSource();
        var ticker = Task.Run(async () =>
        {
            while (!ticking.IsCancellationRequested)
            {
                clock.Advance(TimeSpan.FromSeconds(1));
                await Task.Delay(50, CancellationToken.None);
            }
        });
        try
        {
            await discord.WaitUntilAsync(condition, what);
        }
        catch (TimeoutException ex)
        {
            // Seen once under a fully loaded machine: keep what the bot logged, so the next failure explains itself.
            throw new TimeoutException($"{ex.Message}\nBot log (last 40 lines):\n{string.Join('\n', bot.Logs.All.Split('\n').TakeLast(40))}", ex);
        }
        finally
        {
            await ticking.CancelAsync();
            await ticker;
        }
    }

    private static List<EmulatedMessage> ChannelMessages(DiscordEmulator discord) =>
        [.. discord.State.MessagesInOrder.Where(m => m.Origin == "channel")];
}
