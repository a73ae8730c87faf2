using MusicBot.Emulators.Telegram;
using MusicBot.Telegram.Tests.Support;
using MusicBot.Testing;

namespace MusicBot.Telegram.Tests.EndToEnd;

/// <summary>Broken Telegram settings stop the real binary before it starts, naming every key and no secret.</summary>
public sealed class StartupTests : IAsyncLifetime, IDisposable
{
    private readonly TestDataDirectory _data = new();
    private TelegramEmulator _emulator = null!;

    public async Task InitializeAsync() => _emulator = await TelegramEmulator.StartAsync();

    public async Task DisposeAsync() => await _emulator.DisposeAsync();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task Start_BrokenTelegramSettings_ListsEveryProblemAndExitsWithoutPrintingSecrets()
    {
        await using var bot = TelegramBotProcess.Start(_emulator, _data.Path, new Dictionary<string, string>
        {
            ["MusicBot__Telegram__BotToken"] = "secret-without-a-colon",
            ["MusicBot__Telegram__Mode"] = "Webhook",
            ["MusicBot__Telegram__WebhookSecret"] = "no spaces allowed here",
        });

        Assert.Equal(1, await bot.WaitForExitAsync(TimeSpan.FromSeconds(60)));

        Assert.Contains("MusicBot:Telegram:BotToken does not look like a bot token", bot.Output, StringComparison.Ordinal);
        Assert.Contains("MusicBot:Telegram:WebhookUrl must be", bot.Output, StringComparison.Ordinal);
        Assert.Contains("MusicBot:Telegram:WebhookSecret must be", bot.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-without-a-colon", bot.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("no spaces allowed here", bot.Output, StringComparison.Ordinal);
        Assert.Empty(_emulator.Calls);
    }

    [Fact]
    public async Task Start_TokenRejectedByTelegram_StopsWithExitCodeOneAndWithoutPrintingTheToken()
    {
        await using var bot = TelegramBotProcess.Start(_emulator, _data.Path, new Dictionary<string, string>
        {
            ["MusicBot__Telegram__BotToken"] = "7000000001:NotTheRightToken",
        });

        Assert.Equal(1, await bot.WaitForExitAsync(TimeSpan.FromSeconds(60)));

        Assert.Contains("rejected the bot token", bot.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("NotTheRightToken", bot.Output, StringComparison.Ordinal);
    }
}
