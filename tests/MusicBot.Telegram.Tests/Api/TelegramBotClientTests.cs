using MusicBot.Emulators.Telegram;
using MusicBot.Emulators.Telegram.Server;
using MusicBot.Telegram.Api;
using MusicBot.Telegram.Api.Models;
using MusicBot.Telegram.Api.Requests;
using MusicBot.Telegram.Tests.Support;

namespace MusicBot.Telegram.Tests.Api;

/// <summary>The hand-written client against the emulator: envelopes, flood control, migrations, uploads, and no token leaks.</summary>
public sealed class TelegramBotClientTests : IAsyncLifetime
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
    public async Task GetMeAsync_Emulator_GivesTheBot()
    {
        await using var services = ClientServices.For(_emulator);

        var me = await services.Client.GetMeAsync(CancellationToken.None);

        Assert.Equal((7000000001, "musicbot_test_bot"), (me.Id, me.Username));
    }

    [Fact]
    public async Task SendMessageAsync_FloodControl_WaitsRetryAfterAndSendsOnce()
    {
        _emulator.FailNext("sendMessage", 429, "Too Many Requests: retry after 1", retryAfter: 1);
        await using var services = ClientServices.For(_emulator);

        var sent = await services.Client.SendMessageAsync(new SendMessageRequest { ChatId = Chat, Text = "after the wait" }, CancellationToken.None);

        Assert.Equal([429, 200], _emulator.CallsTo("sendMessage").Select(c => c.StatusCode));
        Assert.Equal("after the wait", Assert.Single(_emulator.MessagesIn(Chat)).Text);
        Assert.Equal(sent.MessageId, _emulator.MessagesIn(Chat)[0].MessageId);
    }

    [Fact]
    public async Task SendMessageAsync_FloodWaitLongerThanAllowed_ThrowsWithTheWait()
    {
        _emulator.FailNext("sendMessage", 429, "Too Many Requests: retry after 600", retryAfter: 600);
        await using var services = ClientServices.For(_emulator);

        var error = await Assert.ThrowsAsync<TelegramApiException>(() => services.Client.SendMessageAsync(new SendMessageRequest { ChatId = Chat, Text = "x" }, CancellationToken.None));

        Assert.Equal((429, TimeSpan.FromSeconds(600)), (error.ErrorCode, error.RetryAfter));
    }

    [Fact]
    public async Task SendMessageAsync_DefaultFloodSettingsAgainstTelegramsLimits_NeverHit429()
    {
        _emulator.SetFlood(new FloodLimits());
        await using var services = ClientServices.For(_emulator);

        for (var i = 0; i < 3; i++)
        {
            await services.Client.SendMessageAsync(new SendMessageRequest { ChatId = Chat, Text = $"message {i}" }, CancellationToken.None);
        }

        Assert.All(_emulator.CallsTo("sendMessage"), c => Assert.Equal(200, c.StatusCode));
    }

    [Fact]
    public async Task SendMessageAsync_GroupBecameSupergroup_RepeatsThereAndGoesThereNextTime()
    {
        var group = _emulator.Script.Group(-4000000001, "Old group", "group");
        var supergroup = _emulator.Script.MigrateGroup(group, -1002000000099);
        await using var services = ClientServices.For(_emulator);

        await services.Client.SendMessageAsync(new SendMessageRequest { ChatId = group.Id, Text = "one" }, CancellationToken.None);
        await services.Client.SendMessageAsync(new SendMessageRequest { ChatId = group.Id, Text = "two" }, CancellationToken.None);

        Assert.Equal(["one", "two"], _emulator.MessagesIn(supergroup.Id).Select(m => m.Text));
        Assert.Equal(["-4000000001", "-1002000000099", "-1002000000099"], _emulator.CallsTo("sendMessage").Select(c => c["chat_id"]));
    }

    [Fact]
    public async Task EditMessageTextAsync_SameContent_IsNotAnError()
    {
        await using var services = ClientServices.For(_emulator);
        var sent = await services.Client.SendMessageAsync(new SendMessageRequest { ChatId = Chat, Text = "<b>same</b>" }, CancellationToken.None);
        var edit = new EditMessageTextRequest { ChatId = Chat, MessageId = sent.MessageId, Text = "<b>same</b>" };

        Assert.False(await services.Client.EditMessageTextAsync(edit, CancellationToken.None));
        Assert.True(await services.Client.EditMessageTextAsync(edit with { Text = "<b>new</b>" }, CancellationToken.None));
    }

    [Fact]
    public async Task SendAudioAsync_Upload_IsMultipartWithFieldsKeyboardAndThumbnail()
    {
        await using var services = ClientServices.For(_emulator);
        var keyboard = new InlineKeyboardMarkup { InlineKeyboard = [[new InlineKeyboardButton { Text = "Again", CallbackData = "r:1:2" }]] };

        await services.Client.SendAudioAsync(
            new AudioUpload
            {
                ChatId = Chat,
                Audio = InputFile.FromBytes("Neon Rain!.mp3", "audio/mpeg", MediaServer.Mp3),
                Title = "Neon Rain",
                Performer = "MusicBot",
                Duration = 187,
                Caption = "<b>Neon</b> & rain",
                ParseMode = "HTML",
                Thumbnail = InputFile.FromBytes("cover.jpg", "image/jpeg", MediaServer.Jpeg),
                ReplyMarkup = keyboard,
            },
            CancellationToken.None);

        var call = Assert.Single(_emulator.CallsTo("sendAudio"));
        Assert.Equal(("Neon_Rain_.mp3", MediaServer.Mp3.Length), (call.Files["audio"].FileName, call.Files["audio"].Content.Length));
        Assert.Equal("attach://thumbnail", call["thumbnail"]);
        var audio = Assert.Single(_emulator.MessagesIn(Chat)).Audio!;
        Assert.Equal(("Neon Rain", "MusicBot", 187, true, false), (audio.Title, audio.Performer, audio.Duration, audio.HasThumbnail, audio.ViaUrl));
        Assert.Equal("r:1:2", _emulator.MessagesIn(Chat)[0].Button("Again").CallbackData);
    }

    [Fact]
    public async Task Calls_ServerUnreachable_FailWithoutTheTokenAnywhere()
    {
        var token = _emulator.Token;
        await using var services = ClientServices.Create("http://127.0.0.1:1", token);

        var error = await Assert.ThrowsAsync<TelegramTransportException>(() => services.Client.GetMeAsync(CancellationToken.None));

        Assert.Null(error.InnerException);
        Assert.DoesNotContain(token, error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(token, services.Logs.All, StringComparison.Ordinal);
        Assert.DoesNotContain("/bot", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Calls_DroppedConnectionAndApiErrors_CarryNoToken()
    {
        _emulator.DropNext("getMe");
        await using var services = ClientServices.For(_emulator);

        var dropped = await Assert.ThrowsAsync<TelegramTransportException>(() => services.Client.GetMeAsync(CancellationToken.None));
        var refused = await Assert.ThrowsAsync<TelegramApiException>(() => services.Client.SendMessageAsync(new SendMessageRequest { ChatId = 99, Text = "x" }, CancellationToken.None));

        Assert.Equal("Telegram sendMessage failed: 400 Bad Request: chat not found", refused.Message);
        Assert.DoesNotContain(_emulator.Token, dropped.ToString() + refused + services.Logs.All, StringComparison.Ordinal);
    }
}
