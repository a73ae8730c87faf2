using Microsoft.Extensions.DependencyInjection;
using MusicBot.Discord.Gateway;
using MusicBot.Discord.Tests.Support;
using MusicBot.Emulators.Discord;

namespace MusicBot.Discord.Tests.Gateway;

/// <summary>
/// The daily session-start budget (reference A2.8): the bot counts its own Identifies against the <c>remaining</c> of
/// its cached <c>GET /gateway/bot</c>, and when none is left it waits for the reset instead of spending one more
/// (Discord would reset the bot token; the emulator closes with 4004 and records it).
/// </summary>
public sealed class IdentifyGateTests
{
    [Fact]
    public async Task Identify_BudgetSpentByItsOwnIdentifies_WaitsForTheResetInsteadOfIdentifying()
    {
        var window = TimeSpan.FromSeconds(8);
        await using var discord = await DiscordEmulator.StartAsync(new EmulatorOptions { SessionStartLimit = 1, SessionStartWindow = window });
        await using var bot = await DiscordBotHost.StartAsync(discord);
        Assert.Equal(0, bot.Services.GetRequiredService<IdentifyGate>().Remaining);

        await discord.Gateway.SendInvalidSessionAsync(resumable: false);

        await discord.WaitUntilAsync(() => discord.Gateway.SessionsStarted >= 2 && bot.Gateway.Shards[0].IsReady, "a session after the budget reset", TimeSpan.FromSeconds(40));
        Assert.Empty(discord.Record.Violations);
        Assert.Equal(2, discord.Record.GatewayOf("identify").Count);
        Assert.False(bot.Lifetime.ApplicationStopping.IsCancellationRequested);
        var reply = await discord.WaitForReplyAsync(await discord.SlashAsync(People.Ian, "music credits"));
        Assert.NotNull(reply);
    }

    [Fact]
    public async Task Identify_BudgetLeft_IdentifiesAgainAtOnce()
    {
        await using var discord = await DiscordEmulator.StartAsync(new EmulatorOptions { SessionStartLimit = 5 });
        await using var bot = await DiscordBotHost.StartAsync(discord);

        await discord.Gateway.SendInvalidSessionAsync(resumable: false);

        await discord.WaitUntilAsync(() => discord.Gateway.SessionsStarted >= 2 && bot.Gateway.Shards[0].IsReady, "the second session");
        Assert.Equal(3, bot.Services.GetRequiredService<IdentifyGate>().Remaining);
        Assert.Empty(discord.Record.Violations);
    }
}
