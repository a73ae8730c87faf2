using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MusicBot.Core.Observability;
using MusicBot.Discord.Tests.Support;
using MusicBot.Emulators.Discord;

namespace MusicBot.Discord.Tests.Gateway;

/// <summary>Close codes Discord documents as not reconnectable stop the bot with a message saying what to fix.</summary>
public sealed class FatalCloseTests
{
    [Theory]
    [InlineData(4004, "Authentication failed: Discord rejected the bot token")]
    [InlineData(4010, "Invalid shard")]
    [InlineData(4011, "Sharding required")]
    [InlineData(4012, "Invalid API version")]
    [InlineData(4013, "Invalid intent(s)")]
    [InlineData(4014, "Disallowed intent(s)")]
    public async Task Close_FatalCode_StopsTheBotWithoutReconnecting(int code, string explanation)
    {
        await using var discord = await DiscordEmulator.StartAsync();
        await using var bot = await DiscordBotHost.StartAsync(discord);
        try
        {
            await discord.Gateway.CloseCurrentAsync(code);

            await discord.WaitUntilAsync(() => bot.Lifetime.ApplicationStopping.IsCancellationRequested, "the bot to stop");
            var fatal = Assert.Single(bot.Logs.Lines, l => l.Level == LogLevel.Critical);
            Assert.Contains(explanation, fatal.Text, StringComparison.Ordinal);
            Assert.Single(discord.Record.GatewayOf("identify"));
            Assert.Empty(discord.Record.GatewayOf("resume"));
            Assert.Equal(1, Environment.ExitCode);
            var health = await bot.Services.GetServices<IHealthCheck>().Single(h => h.Name == "discord").CheckAsync(CancellationToken.None);
            Assert.Equal((false, "shard 0 has no session"), (health.IsHealthy, health.Detail));
        }
        finally
        {
            // The bot sets the process exit code for the host; this process is the test runner.
            Environment.ExitCode = 0;
        }
    }

    [Fact]
    public async Task Identify_WrongToken_StopsWith4004AndNeverLogsTheToken()
    {
        await using var discord = await DiscordEmulator.StartAsync();
        var wrong = "wrong-token.ZZZZ.secret-value-that-must-not-leak";
        await using var bot = await DiscordBotHost.StartAsync(discord, new() { ["MusicBot:Discord:BotToken"] = wrong }, waitForCommands: false);
        try
        {
            await discord.WaitUntilAsync(() => bot.Lifetime.ApplicationStopping.IsCancellationRequested, "the bot to stop");

            // GET /gateway/bot already answers 401 for a wrong token; the bot stops before opening the gateway.
            Assert.Contains("Discord rejected the bot token", bot.Logs.All, StringComparison.Ordinal);
            Assert.DoesNotContain(wrong, bot.Logs.All, StringComparison.Ordinal);
            Assert.DoesNotContain("secret-value", bot.Logs.All, StringComparison.Ordinal);
            Assert.Empty(discord.Record.GatewayOf("identify"));
        }
        finally
        {
            Environment.ExitCode = 0;
        }
    }
}
