using System.Net;
using MusicBot.Emulators.Discord;
using MusicBot.Emulators.Music.SunoApi;
using MusicBot.Emulators.Telegram;
using MusicBot.Testing;
using MusicBot.Tests.Support;

namespace MusicBot.Tests.Observability;

/// <summary>
/// <c>/readyz</c> of the real binary connected to both platform emulators and a provider emulator: every connection
/// has its check, all green means 200, and a platform that goes away turns it 503 naming that platform.
/// </summary>
public sealed class ReadinessTests : IDisposable
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);
    private readonly TestDataDirectory _data = new();

    public void Dispose()
    {
        _data.Dispose();
    }

    [Fact]
    public async Task Readyz_PlatformsConnectedThenStopped_ListsEveryCheckAndNamesThePlatformThatWentAway()
    {
        await using var suno = await TestEmulators.SunoApiAsync();
        var telegram = await TelegramEmulator.StartAsync();
        var discord = await DiscordEmulator.StartAsync();
        try
        {
            await using var bot = BotProcess.Start(_data.Path, new Dictionary<string, string>
            {
                ["MusicBot__Telegram__BotToken"] = telegram.Token,
                ["MusicBot__Telegram__ApiBaseUrl"] = telegram.BaseUrl,
                ["MusicBot__Telegram__PollTimeout"] = "00:00:01",
                ["MusicBot__Telegram__ErrorCooldown"] = "00:00:00.200",
                ["MusicBot__Discord__BotToken"] = discord.Options.Token,
                ["MusicBot__Discord__ApiBaseUrl"] = discord.ApiBaseUrl,
                ["MusicBot__Discord__GuildIds__0"] = discord.Options.GuildId,
                ["MusicBot__Providers__SunoApi__BaseUrl"] = suno.BaseUrl.AbsoluteUri,
                ["MusicBot__Providers__SunoApi__ApiKey"] = suno.ApiKey,
            });
            var readyz = new Uri(await bot.WaitForListeningAsync(Wait), "readyz");

            var ready = await WaitForAsync(readyz, (code, _) => code == HttpStatusCode.OK, "all checks to pass", bot);
            Assert.Equal("ready", ready.Status);
            Assert.Equal(["audio", "database", "discord", "instance", "provider:sunoapi", "telegram"], ready.Checks.Keys.Order(StringComparer.Ordinal));
            Assert.All(ready.Checks.Values, c => Assert.Equal("healthy", c.Status));
            Assert.EndsWith("(the only instance on this store); holds discord:shard:0, telegram:polling", ready.Checks["instance"].Detail, StringComparison.Ordinal);

            await telegram.DisposeAsync();
            telegram = null;
            var noTelegram = await WaitForAsync(readyz, (code, r) => code == HttpStatusCode.ServiceUnavailable && r.Checks["telegram"].Status == "unhealthy", "telegram to turn unhealthy", bot);
            Assert.Equal("unready", noTelegram.Status);
            Assert.Equal(["audio", "database", "discord", "instance", "provider:sunoapi"], noTelegram.Checks.Where(c => c.Value.Status == "healthy").Select(c => c.Key).Order(StringComparer.Ordinal));

            await discord.DisposeAsync();
            discord = null;
            var neither = await WaitForAsync(readyz, (code, r) => code == HttpStatusCode.ServiceUnavailable && r.Checks["discord"].Status == "unhealthy", "discord to turn unhealthy", bot);
            Assert.Contains("no session", neither.Checks["discord"].Detail, StringComparison.Ordinal);
            Assert.Equal(["audio", "database", "instance", "provider:sunoapi"], neither.Checks.Where(c => c.Value.Status == "healthy").Select(c => c.Key).Order(StringComparer.Ordinal));
            Assert.DoesNotContain(suno.ApiKey, bot.Written, StringComparison.Ordinal);
        }
        finally
        {
            if (telegram is not null)
            {
                await telegram.DisposeAsync();
            }

            if (discord is not null)
            {
                await discord.DisposeAsync();
            }
        }
    }

    private static Task<Readiness> WaitForAsync(Uri readyz, Func<HttpStatusCode, Readiness, bool> done, string what, BotProcess bot) =>
        ReadinessProbe.WaitForAsync(readyz, done, what, bot, Wait);
}
