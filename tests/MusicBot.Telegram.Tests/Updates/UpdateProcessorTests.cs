using Microsoft.Extensions.DependencyInjection;
using MusicBot.Core.Songs;
using MusicBot.Emulators.Telegram;
using MusicBot.Localization;
using MusicBot.Messages;
using MusicBot.Telegram.Tests.Support;
using MusicBot.Telegram.Updates;
using MusicBot.Testing;
using Telegram.Bot.Types;

namespace MusicBot.Telegram.Tests.Updates;

/// <summary>The exactly-once step, through the real service graph: claim, handle, mark handled, move the cursor.</summary>
public sealed class UpdateProcessorTests : IAsyncLifetime
{
    private TelegramEmulator _emulator = null!;
    private TelegramBotHost _bot = null!;

    public async Task InitializeAsync()
    {
        _emulator = await TelegramEmulator.StartAsync(new EmulatorOptions { Flood = EmulatorFlood.Scaled });
        _emulator.Script.PrivateChat(_emulator.Script.User(210000001, "Mira", "mira_sings"));
        _bot = await TelegramBotHost.StartAsync(_emulator);
        await _emulator.WaitUntilAsync(() => _bot.Services.GetRequiredService<BotIdentity>().IsKnown, what: "getMe");
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _emulator.DisposeAsync();
    }

    [Fact]
    public async Task ProcessAsync_SameUpdateTwice_IsHandledOnceAndTheCursorMovesPastIt()
    {
        var update = Fixture("update-message-command-private", 100);

        await ProcessAsync(update);
        await ProcessAsync(update);

        var reply = Assert.Single(_emulator.MessagesIn(210000001));
        // The fixture's sender has language_code "de": the reply reads the German catalog.
        var german = MessageCatalog.For(Languages.Find("de")!);
        Assert.StartsWith($"📝 {german.Text("telegram.draft.title")}", reply.Text, StringComparison.Ordinal);
        Assert.Equal("handled", await Scalar<string>("SELECT state FROM inbound_updates WHERE update_id = 100"));
        Assert.True(await Scalar<long>("SELECT next_offset FROM update_cursors") >= 101);
    }

    [Fact]
    public async Task ProcessAsync_KindTheBotDoesNotUse_IsPassedOverButStillCounted()
    {
        await ProcessAsync(Fixture("update-edited-message", 90));

        Assert.Empty(_emulator.MessagesIn(210000001));
        Assert.Equal("handled", await Scalar<string>("SELECT state FROM inbound_updates WHERE update_id = 90"));
    }

    [Fact]
    public async Task ProcessAsync_PressOnAnInlineOrDeletedMessage_IsAnsweredAsExpired()
    {
        foreach (var fixture in new[] { "update-callback-query-inline", "update-callback-query-inaccessible" })
        {
            var update = Fixture(fixture, 80 + fixture.Length);
            lock (_emulator.World.Gate)
            {
                _emulator.World.CallbackQueries[update.CallbackQuery!.Id] = false;
            }

            await ProcessAsync(update);

            Assert.True(_emulator.IsAnswered(update.CallbackQuery.Id));
            Assert.Equal("This button has expired. Send /draft for a fresh one.", _emulator.CallsTo("answerCallbackQuery")[^1]["text"]);
        }
    }

    [Fact]
    public async Task ProcessAsync_HandlerFails_UserIsToldAndTheUpdateIsNotRetriedForever()
    {
        _emulator.FailNext("sendMessage", 400, "Bad Request: something odd");

        await ProcessAsync(Fixture("update-message-command-private", 70));

        Assert.Equal("Something went wrong on our side; nothing was charged. Please try again.", Assert.Single(_emulator.MessagesIn(210000001)).Text);
        Assert.Equal("handled", await Scalar<string>("SELECT state FROM inbound_updates WHERE update_id = 70"));
    }

    private async Task ProcessAsync(Update update)
    {
        await using var scope = _bot.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<UpdateProcessor>().ProcessAsync(update, CancellationToken.None);
    }

    private Task<T> Scalar<T>(string sql) => DatabaseFile.ScalarAsync<T>(_bot.Data.Path, sql);

    private static Update Fixture(string name, int updateId)
    {
        var update = Fixtures.Update(name);
        update.Id = updateId;
        return update;
    }
}
