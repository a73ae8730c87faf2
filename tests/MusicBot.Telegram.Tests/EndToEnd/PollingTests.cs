using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using MusicBot.Core.Observability;
using MusicBot.Emulators.Telegram;
using MusicBot.Telegram.Tests.Support;

namespace MusicBot.Telegram.Tests.EndToEnd;

/// <summary>The polling loop survives what the network and the server throw at it, and stops only for a bad token.</summary>
public sealed class PollingTests : IAsyncLifetime
{
    private TelegramEmulator _emulator = null!;
    private Conversation _mira = null!;

    public async Task InitializeAsync()
    {
        _emulator = await TelegramEmulator.StartAsync(new EmulatorOptions { Flood = EmulatorFlood.Scaled });
        var mira = _emulator.Script.User(210000001, "Mira", "mira_sings");
        _mira = new Conversation(_emulator, _emulator.Script.PrivateChat(mira), mira);
    }

    public async Task DisposeAsync() => await _emulator.DisposeAsync();

    [Fact]
    public async Task Poll_WebhookLeftSet_DeletesItAndKeepsPolling()
    {
        await new RawBotApi(_emulator).CallAsync("setWebhook", """{"url":"http://127.0.0.1:9/old-hook"}""");
        await using var bot = await TelegramBotHost.StartAsync(_emulator);

        var answer = await _mira.SayAsync("/credits");

        Assert.StartsWith("💳", answer.Text, StringComparison.Ordinal);
        Assert.Contains(_emulator.CallsTo("getUpdates"), c => c.StatusCode == 409);
        Assert.Single(_emulator.CallsTo("deleteWebhook"));
    }

    [Fact]
    public async Task Poll_ConnectionDroppedAndServerErrors_RecoverAfterACooldownWithoutLeakingTheToken()
    {
        _emulator.DropNext("getUpdates", 2);
        _emulator.FailNext("getUpdates", 502, "Bad Gateway");
        await using var bot = await TelegramBotHost.StartAsync(_emulator);

        var answer = await _mira.SayAsync("/credits");

        Assert.StartsWith("💳", answer.Text, StringComparison.Ordinal);
        Assert.Equal(3, bot.Logs.Lines.Count(l => l.Contains("Telegram polling failed", StringComparison.Ordinal)));
        Assert.DoesNotContain(_emulator.Token, bot.Logs.All, StringComparison.Ordinal);
        var health = await bot.Services.GetServices<IHealthCheck>().Single(h => h.Name == "telegram").CheckAsync(CancellationToken.None);
        Assert.True(health.IsHealthy, health.Detail);
    }

    [Fact]
    public async Task Poll_TokenRejected_StopsTheBotAndSaysWhy()
    {
        await using var bot = await TelegramBotHost.StartAsync(_emulator, new() { ["MusicBot:Telegram:BotToken"] = "7000000001:NotTheRightToken" });
        var lifetime = bot.Services.GetRequiredService<IHostApplicationLifetime>();

        await _emulator.WaitUntilAsync(() => lifetime.ApplicationStopping.IsCancellationRequested, what: "the bot to stop");

        Assert.Contains(bot.Logs.Lines, l => l.StartsWith("Critical", StringComparison.Ordinal) && l.Contains("rejected the bot token", StringComparison.Ordinal));
        Assert.DoesNotContain("NotTheRightToken", bot.Logs.All, StringComparison.Ordinal);
    }
}
