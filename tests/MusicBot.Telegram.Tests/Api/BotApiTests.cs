using MusicBot.Emulators.Telegram;
using MusicBot.Emulators.Telegram.Server;
using MusicBot.Telegram.Api;
using MusicBot.Telegram.Delivery;
using MusicBot.Telegram.Tests.Support;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace MusicBot.Telegram.Tests.Api;

/// <summary>
/// Telegram.Bot's client behind <see cref="BotApi"/>, against the emulator: flood waits, migrations, uploads in the
/// library's multipart layout, and no token in any failure or log line.
/// </summary>
public sealed class BotApiTests : IAsyncLifetime
{
    private const long Chat = 210000001;
    private TelegramEmulator _emulator = null!;

    public async Task InitializeAsync()
    {
        _emulator = await TelegramEmulator.StartAsync(new EmulatorOptions { Flood = FloodLimits.Off });
        _emulator.Script.PrivateChat(_emulator.Script.User(Chat, "Mira", "mira_sings"));
    }

    public async Task DisposeAsync() => await _emulator.DisposeAsync();

    [Fact]
    public async Task GetMe_Emulator_GivesTheBot()
    {
        await using var services = await ClientServices.ForAsync(_emulator);

        var me = await services.Api.CallAsync("getMe", (bot, ct) => bot.GetMe(ct), CancellationToken.None);

        Assert.Equal((7000000001, "musicbot_test_bot", true), (me.Id, me.Username, me.IsBot));
    }

    [Fact]
    public async Task SendHtml_ReplyAndKeyboard_ComeBackOnTheSentMessage()
    {
        await using var services = await ClientServices.ForAsync(_emulator);
        var first = await services.Api.SendHtmlAsync(Chat, "first", CancellationToken.None);
        var keyboard = new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("Again", "r:1:2"));

        var sent = await services.Api.SendHtmlAsync(Chat, "<b>second</b>", CancellationToken.None, BotApi.ReplyTo(first.MessageId), keyboard);

        Assert.Equal((first.MessageId, "second"), (sent.ReplyToMessage?.MessageId, sent.Text));
        Assert.Equal("r:1:2", sent.ReplyMarkup!.InlineKeyboard.Single().Single().CallbackData);
        Assert.Equal("""{"is_disabled":true}""", _emulator.CallsTo("sendMessage")[^1]["link_preview_options"]);
    }

    [Fact]
    public async Task SendHtml_FloodControl_WaitsRetryAfterAndSendsOnce()
    {
        _emulator.FailNext("sendMessage", 429, "Too Many Requests: retry after 1", retryAfter: 1);
        await using var services = await ClientServices.ForAsync(_emulator);

        var sent = await services.Api.SendHtmlAsync(Chat, "after the wait", CancellationToken.None);

        Assert.Equal([429, 200], _emulator.CallsTo("sendMessage").Select(c => c.StatusCode));
        Assert.Equal("after the wait", Assert.Single(_emulator.MessagesIn(Chat)).Text);
        Assert.Equal(sent.MessageId, _emulator.MessagesIn(Chat)[0].MessageId);
        Assert.Contains(services.Logs.Lines, l => l.Contains("flood control on sendMessage", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SendHtml_FloodWaitLongerThanAllowed_ThrowsWithTheWait()
    {
        _emulator.FailNext("sendMessage", 429, "Too Many Requests: retry after 600", retryAfter: 600);
        await using var services = await ClientServices.ForAsync(_emulator);

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => services.Api.SendHtmlAsync(Chat, "x", CancellationToken.None));

        Assert.Equal((429, TimeSpan.FromSeconds(600)), (error.ErrorCode, error.RetryAfter()));
        Assert.Single(_emulator.CallsTo("sendMessage"));
    }

    [Fact]
    public async Task SendHtml_DefaultFloodSettingsAgainstTelegramsLimits_NeverHit429()
    {
        _emulator.SetFlood(new FloodLimits());
        await using var services = await ClientServices.ForAsync(_emulator);

        for (var i = 0; i < 3; i++)
        {
            await services.Api.SendHtmlAsync(Chat, $"message {i}", CancellationToken.None);
        }

        Assert.All(_emulator.CallsTo("sendMessage"), c => Assert.Equal(200, c.StatusCode));
    }

    [Fact]
    public async Task SendHtml_GroupBecameSupergroup_RepeatsThereStoresTheMoveAndGoesThereNextTime()
    {
        var group = _emulator.Script.Group(-4000000001, "Old group", "group");
        var supergroup = _emulator.Script.MigrateGroup(group, -1002000000099);
        await using var services = await ClientServices.ForAsync(_emulator);

        await services.Api.SendHtmlAsync(group.Id, "one", CancellationToken.None);
        await services.Api.SendHtmlAsync(group.Id, "two", CancellationToken.None);

        Assert.Equal(["one", "two"], _emulator.MessagesIn(supergroup.Id).Select(m => m.Text));
        Assert.Equal(["-4000000001", "-1002000000099", "-1002000000099"], _emulator.CallsTo("sendMessage").Select(c => c["chat_id"]));
        Assert.Equal("-1002000000099", await services.Database.ScalarAsync<string>(
            "SELECT to_scope FROM scope_moves WHERE platform = 'telegram' AND from_scope = '-4000000001'"));
    }

    [Fact]
    public async Task EditHtml_SameContent_IsNotAnError()
    {
        await using var services = await ClientServices.ForAsync(_emulator);
        var sent = await services.Api.SendHtmlAsync(Chat, "<b>same</b>", CancellationToken.None);

        Assert.False(await services.Api.EditHtmlAsync(Chat, sent.MessageId, "<b>same</b>", CancellationToken.None));
        Assert.True(await services.Api.EditHtmlAsync(Chat, sent.MessageId, "<b>new</b>", CancellationToken.None));
    }

    [Fact]
    public async Task SendAudio_UploadWithThumbnail_IsAMusicPlayerMessageInTheLibrarysLayout()
    {
        await using var services = await ClientServices.ForAsync(_emulator);
        var keyboard = new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("Again", "r:1:2"));

        await services.Api.ToChatAsync("sendAudio", Chat, (bot, id, ct) => bot.SendAudio(
            id, InputFile.FromStream(new MemoryStream(MediaServer.Mp3), "song-1-1.mp3"), "<b>Neon</b> &amp; rain", ParseMode.Html, replyMarkup: keyboard,
            duration: 187, performer: "MusicBot", title: "Neon Rain", thumbnail: InputFile.FromStream(new MemoryStream(MediaServer.Jpeg), "cover.jpg"), cancellationToken: ct),
            CancellationToken.None, CallKind.Upload);

        var call = Assert.Single(_emulator.CallsTo("sendAudio"));
        Assert.Equal(("attach://0", "attach://1"), (call["audio"], call["thumbnail"]));
        Assert.Equal(("song-1-1.mp3", "application/octet-stream", MediaServer.Mp3.Length), (call.Files["0"].FileName, call.Files["0"].ContentType, call.Files["0"].Content.Length));
        var message = Assert.Single(_emulator.MessagesIn(Chat));
        var audio = message.Audio!;
        Assert.Equal(("Neon Rain", "MusicBot", 187, true, false, "audio/mpeg"), (audio.Title, audio.Performer, audio.Duration, audio.HasThumbnail, audio.ViaUrl, audio.MimeType));
        Assert.Equal(("Neon & rain", "r:1:2"), (message.Text, message.Button("Again").CallbackData));
    }

    [Fact]
    public async Task SendDocument_FloodWaitOnAnUpload_ReopensTheFileAndSendsItWholeAgain()
    {
        _emulator.FailNext("sendDocument", 429, "Too Many Requests: retry after 1", retryAfter: 1);
        await using var services = await ClientServices.ForAsync(_emulator);
        var opened = 0;
        var file = new UploadFile("take.wav", _ =>
        {
            Interlocked.Increment(ref opened);
            return Task.FromResult<Stream>(new MemoryStream(MediaServer.Wav));
        });

        await services.Api.ToChatAsync("sendDocument", Chat, async (bot, id, ct) =>
            await bot.SendDocument(id, InputFile.FromStream(await file.OpenAsync(ct), file.FileName), cancellationToken: ct), CancellationToken.None, CallKind.Upload);

        Assert.Equal(2, opened);
        Assert.Equal([429, 200], _emulator.CallsTo("sendDocument").Select(c => c.StatusCode));
        Assert.Equal(MediaServer.Wav, Assert.Single(_emulator.MessagesIn(Chat)).Document!.Content);
    }

    [Fact]
    public async Task Calls_ServerUnreachable_FailWithoutTheTokenAnywhere()
    {
        var token = _emulator.Token;
        await using var services = await ClientServices.CreateAsync("http://127.0.0.1:1", token);

        var error = await Assert.ThrowsAsync<TelegramTransportException>(() => services.Api.CallAsync("getMe", (bot, ct) => bot.GetMe(ct), CancellationToken.None));

        Assert.Null(error.InnerException);
        Assert.StartsWith("Telegram getMe failed: ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(token, error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(token, services.Logs.All, StringComparison.Ordinal);
        Assert.DoesNotContain("/bot", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Calls_DroppedConnectionAndApiErrors_CarryNoToken()
    {
        _emulator.DropNext("getMe");
        await using var services = await ClientServices.ForAsync(_emulator);

        var dropped = await Assert.ThrowsAsync<TelegramTransportException>(() => services.Api.CallAsync("getMe", (bot, ct) => bot.GetMe(ct), CancellationToken.None));
        var refused = await Assert.ThrowsAsync<ApiRequestException>(() => services.Api.SendHtmlAsync(99, "x", CancellationToken.None));

        Assert.Equal((400, "Bad Request: chat not found"), (refused.ErrorCode, refused.Message));
        Assert.DoesNotContain(_emulator.Token, dropped.ToString() + refused + services.Logs.All, StringComparison.Ordinal);
    }
}
