using Microsoft.Extensions.DependencyInjection;
using MusicBot.Core.Observability;
using MusicBot.Discord.Tests.Support;
using MusicBot.Emulators.Discord;

namespace MusicBot.Discord.Tests.Gateway;

/// <summary>Shard settings: each configured shard identifies with [id, count], one per 5 seconds (max_concurrency 1).</summary>
public sealed class ShardTests
{
    [Fact]
    public async Task TwoShards_EachIdentifiesWithItsShardAndBothGetASession()
    {
        await using var discord = await DiscordEmulator.StartAsync();
        await using var bot = await DiscordBotHost.StartAsync(discord, new() { ["MusicBot:Discord:ShardCount"] = "2" });

        await discord.WaitUntilAsync(() => bot.Gateway.Shards.Count == 2 && bot.Gateway.Shards.Values.All(s => s.IsReady), "both shards to be ready");

        Assert.Equal(["intents=0 shard=0/2", "intents=0 shard=1/2"], discord.Record.GatewayOf("identify").Select(e => e.Detail).Order());
        Assert.Empty(discord.Record.GatewayOf("invalid-session"));
        var health = await bot.Services.GetServices<IHealthCheck>().Single(h => h.Name == "discord").CheckAsync(CancellationToken.None);
        Assert.True(health.IsHealthy, health.Detail);
        Assert.Equal("2 shard(s) connected", health.Detail);
    }

    [Fact]
    public async Task OneOfTwoShards_RunsOnlyTheConfiguredShard()
    {
        await using var discord = await DiscordEmulator.StartAsync();
        await using var bot = await DiscordBotHost.StartAsync(discord, new() { ["MusicBot:Discord:ShardCount"] = "2", ["MusicBot:Discord:ShardIds:0"] = "1" });

        Assert.Equal("intents=0 shard=1/2", Assert.Single(discord.Record.GatewayOf("identify")).Detail);
    }
}
