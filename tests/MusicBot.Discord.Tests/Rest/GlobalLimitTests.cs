using System.Text.Json.Nodes;
using MusicBot.Discord.Json;
using MusicBot.Discord.Rest;
using MusicBot.Discord.Tests.Support;
using MusicBot.Emulators.Discord;

namespace MusicBot.Discord.Tests.Rest;

/// <summary>
/// The bot-wide limit of 50 requests a second (budget 45) holds back ordinary calls, but not the interaction callback
/// and webhook (reference A4.1, A7): with the budget spent and a fake clock that is never advanced (so the window
/// never passes), an answer to an interaction still goes out at once while a channel message waits.
/// </summary>
public sealed class GlobalLimitTests
{
    private static readonly MessagePayload Hello = new() { Content = "hello" };

    [Fact]
    public async Task SendAsync_GlobalBudgetSpent_InteractionWebhookStillGoesOutWhileAChannelMessageWaits()
    {
        var roomy = new RouteLimit(1000, TimeSpan.FromSeconds(10));
        await using var discord = await DiscordEmulator.StartAsync(new EmulatorOptions { ChannelMessages = roomy, Webhooks = roomy });
        await using var rest = RestHarness.Create(discord, time: new FakeTimeProvider(DateTimeOffset.UtcNow));
        var interaction = await discord.DispatchRawAsync(Payload(discord), People.Ian);
        var app = discord.Options.ApplicationId;
        Assert.True((await rest.Api.RespondAsync(interaction.Id, interaction.Token, new InteractionResponse(InteractionResponse.DeferredChannelMessage), null, CancellationToken.None)).IsSuccess);

        for (var i = 0; i < GlobalRateLimiter.Budget; i++)
        {
            Assert.True((await rest.Api.CreateMessageAsync(discord.Options.ChannelId, Hello, null, CancellationToken.None)).IsSuccess);
        }

        using var giveUp = new CancellationTokenSource();
        var waiting = rest.Api.CreateMessageAsync(discord.Options.ChannelId, Hello, null, giveUp.Token);
        var edited = await rest.Api.EditOriginalAsync(app, interaction.Token, Hello, null, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(20));
        var followedUp = await rest.Api.FollowUpAsync(app, interaction.Token, Hello, null, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(20));

        Assert.True(edited.IsSuccess, edited.Describe());
        Assert.True(followedUp.IsSuccess, followedUp.Describe());
        Assert.False(waiting.IsCompleted, "the 46th channel message should wait for the global window");
        await giveUp.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        Assert.Empty(discord.Record.RateLimited);
    }

    private static JsonObject Payload(DiscordEmulator discord) => new()
    {
        ["id"] = "1300000000000000001",
        ["application_id"] = discord.Options.ApplicationId,
        ["type"] = 2,
        ["token"] = "aW50ZXJhY3Rpb246Z2xvYmFsLWxpbWl0LXRlc3Q",
        ["channel_id"] = discord.Options.ChannelId,
        ["guild_id"] = discord.Options.GuildId,
        ["data"] = new JsonObject { ["id"] = "1", ["name"] = "music", ["type"] = 1 },
    };
}
