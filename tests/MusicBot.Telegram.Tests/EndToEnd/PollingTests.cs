using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using MusicBot.Core.Observability;
using MusicBot.Emulators.Telegram;
using MusicBot.Telegram.Tests.Support;
using MusicBot.Testing;

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

    [Theory]
    [InlineData("""{"offset":3000000000,"length":6,"type":"bot_command"}""", "$.message.entities[0].offset")]
    [InlineData("""{"offset":"zero","length":6,"type":"bot_command"}""", "$.message.entities[0].offset")]
    public async Task Poll_BatchWithOneUnreadableUpdateBetweenTwoGoodOnes_SkipsOnlyThatOne(string entity, string path)
    {
        // All three wait on the server before the bot starts, so they come in one getUpdates batch.
        _mira.Send("/credits");
        var bad = _emulator.Script.Raw("message", JsonNode.Parse($$"""
            {"message_id":900,"from":{"id":210000001,"is_bot":false,"first_name":"Mira"},"chat":{"id":210000001,"first_name":"Mira","type":"private"},
             "date":1767225600,"text":"/style broken","entities":[{{entity}}]}
            """)!);
        var last = _mira.Send("/style after the bad one");
        await using var bot = await TelegramBotHost.StartAsync(_emulator);

        await _emulator.WaitForMessageAsync(_mira.Chat.Id, m => m.MessageId > last.MessageId && m.Text.Contains("Style: after the bad one", StringComparison.Ordinal));

        Assert.Single(_emulator.MessagesIn(_mira.Chat.Id), m => m.Text.StartsWith("💳", StringComparison.Ordinal));
        Assert.Contains(path, await DatabaseFile.ScalarAsync<string>(bot.Data.Path, $"SELECT reason FROM rejected_updates WHERE update_id = {bad}"), StringComparison.Ordinal);
        Assert.DoesNotContain("broken", await DatabaseFile.ScalarAsync<string>(bot.Data.Path, $"SELECT reason FROM rejected_updates WHERE update_id = {bad}"), StringComparison.Ordinal);
        await _emulator.WaitUntilAsync(() => _emulator.Queue.LastOffset > last.UpdateId, what: "the offset to move past the whole batch");
        Assert.Contains(bot.Logs.Lines, l => l.StartsWith("Error", StringComparison.Ordinal) && l.Contains($"update {bad} could not be read", StringComparison.Ordinal));
        Assert.DoesNotContain(bot.Logs.Lines, l => l.Contains("Telegram polling failed", StringComparison.Ordinal));
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
