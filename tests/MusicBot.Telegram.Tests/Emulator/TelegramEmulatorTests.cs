using System.Text.Json.Nodes;
using MusicBot.Emulators.Telegram;
using MusicBot.Emulators.Telegram.Server;
using MusicBot.Telegram.Tests.Support;

namespace MusicBot.Telegram.Tests.Emulator;

/// <summary>The emulator behaves as the reference server does on routing, envelopes and limits (chat-protocols §B1, §B8).</summary>
public sealed class TelegramEmulatorTests : IAsyncLifetime
{
    private const long Chat = 210000001;
    private TelegramEmulator _emulator = null!;
    private RawBotApi _api = null!;

    public async Task InitializeAsync()
    {
        _emulator = await TelegramEmulator.StartAsync(new EmulatorOptions { Flood = FloodLimits.Off });
        _emulator.Script.PrivateChat(_emulator.Script.User(Chat, "Mira", "mira_sings"));
        _api = new RawBotApi(_emulator);
    }

    public async Task DisposeAsync()
    {
        await _emulator.DisposeAsync();
    }

    [Fact]
    public async Task Routing_WrongTokenUnknownMethodOrPath_AnswerAsTheServerDoes()
    {
        Assert.Equal((401, "Unauthorized: invalid token specified"), Pair(await _api.CallAsync("getMe", "{}", token: "1:wrong")));
        Assert.Equal((404, "Not Found: method not found"), Pair(await _api.CallAsync("getMeNow", "{}")));
        Assert.Equal((404, "Not Found"), Pair(await _api.PostAsync("/api/getMe", new StringContent(""))));
        Assert.Equal(200, (await _api.CallAsync("GETME", "{}")).Status);
    }

    [Fact]
    public async Task SendMessage_TextLengthCountsAfterTagsAreParsed_4096PassesAnd4097Fails()
    {
        var fits = await Send($"<b>{new string('a', 4096)}</b>");
        var tooLong = await Send($"<b>{new string('a', 4097)}</b>");

        Assert.Equal(200, fits.Status);
        Assert.Equal((400, "Bad Request: message is too long"), Pair(tooLong));
    }

    [Fact]
    public async Task SendMessage_UnescapedAngleBracket_IsRefusedWithTheByteOffset()
    {
        var answer = await Send("rain <piano> & coffee");

        Assert.Equal((400, "Bad Request: can't parse entities: Unsupported start tag \"piano\" at byte offset 5"), Pair(answer));
    }

    [Fact]
    public async Task SendMessage_UnclosedTag_IsRefused()
    {
        Assert.Equal(400, (await Send("<b>bold")).Status);
    }

    [Fact]
    public async Task SendMessage_BareAmpersand_IsKeptAsText()
    {
        var answer = await Send("<b>rock</b> & roll &amp; more");

        Assert.Equal("rock & roll & more", answer.Result!["text"]!.GetValue<string>());
        Assert.Equal("bold", answer.Result["entities"]![0]!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task SendMessage_CallbackDataOver64Bytes_IsButtonDataInvalid()
    {
        var fits = await Send("x", Keyboard(new string('é', 32)));
        var tooLong = await Send("x", Keyboard(new string('a', 65)));

        Assert.Equal(200, fits.Status);
        Assert.Equal((400, "Bad Request: BUTTON_DATA_INVALID"), Pair(tooLong));
    }

    [Fact]
    public async Task SendMessage_UnknownChat_IsChatNotFound()
    {
        Assert.Equal((400, "Bad Request: chat not found"), Pair(await _api.CallAsync("sendMessage", """{"chat_id":42,"text":"hi"}""")));
    }

    [Fact]
    public async Task SendAudio_CaptionOver1024_IsRefused()
    {
        var form = RawBotApi.Form(("chat_id", Chat), ("caption", new string('c', 1025)), ("audio", ("a.mp3", "audio/mpeg", new byte[] { 1, 2, 3 })));

        Assert.Equal((400, "Bad Request: message caption is too long"), Pair(await _api.PostAsync($"/bot{_emulator.Token}/sendAudio", form)));
    }

    [Fact]
    public async Task SendAudio_Mp3WithAttachedJpegThumbnail_IsAMusicPlayerMessageWithCover()
    {
        var form = RawBotApi.Form(
            ("chat_id", Chat), ("title", "Rain"), ("performer", "MusicBot"), ("duration", 187), ("thumbnail", "attach://cover"),
            ("audio", ("rain.mp3", "audio/mpeg", MediaServer.Mp3)), ("cover", ("cover.jpg", "image/jpeg", MediaServer.Jpeg)));

        var answer = await _api.PostAsync($"/bot{_emulator.Token}/sendAudio", form);

        var audio = answer.Result!["audio"]!;
        Assert.Equal(("Rain", "MusicBot", 187), (audio["title"]!.GetValue<string>(), audio["performer"]!.GetValue<string>(), audio["duration"]!.GetValue<int>()));
        Assert.NotNull(audio["thumbnail"]);
    }

    [Fact]
    public async Task SendAudio_TelegramBotLibraryLayout_IsAMusicPlayerMessageWithCover()
    {
        // Telegram.Bot names file parts 0, 1, … and types them all application/octet-stream; parse_mode is "Html".
        var form = RawBotApi.Form(
            ("chat_id", Chat), ("audio", "attach://0"), ("thumbnail", "attach://1"), ("caption", "<b>Rain</b>"), ("parse_mode", "Html"),
            ("0", ("song-1-1.mp3", "application/octet-stream", MediaServer.Mp3)), ("1", ("cover.jpg", "application/octet-stream", MediaServer.Jpeg)));

        var answer = await _api.PostAsync($"/bot{_emulator.Token}/sendAudio", form);

        var audio = answer.Result!["audio"]!;
        Assert.Equal(("song-1-1.mp3", "audio/mpeg"), (audio["file_name"]!.GetValue<string>(), audio["mime_type"]!.GetValue<string>()));
        Assert.NotNull(audio["thumbnail"]);
        Assert.Equal(("Rain", "bold"), (answer.Result["caption"]!.GetValue<string>(), answer.Result["caption_entities"]![0]!["type"]!.GetValue<string>()));
    }

    [Fact]
    public async Task SendDocument_OctetStreamParts_TypeComesFromTheNameOrTheBytes()
    {
        var named = RawBotApi.Form(("chat_id", Chat), ("document", "attach://0"), ("0", ("lyrics.txt", "application/octet-stream", "la la"u8.ToArray())));
        var unnamed = RawBotApi.Form(("chat_id", Chat), ("document", "attach://0"), ("0", ("file", "application/octet-stream", MediaServer.Wav)));

        var text = await _api.PostAsync($"/bot{_emulator.Token}/sendDocument", named);
        var wav = await _api.PostAsync($"/bot{_emulator.Token}/sendDocument", unnamed);

        Assert.Equal("text/plain", text.Result!["document"]!["mime_type"]!.GetValue<string>());
        Assert.Equal("audio/wav", wav.Result!["document"]!["mime_type"]!.GetValue<string>());
    }

    [Fact]
    public async Task SendAudio_ThumbnailThatIsNotAJpeg_IsIgnored()
    {
        var form = RawBotApi.Form(
            ("chat_id", Chat), ("audio", "attach://0"), ("thumbnail", "attach://1"),
            ("0", ("song.mp3", "application/octet-stream", MediaServer.Mp3)), ("1", ("cover.jpg", "image/jpeg", "not a picture"u8.ToArray())));

        var answer = await _api.PostAsync($"/bot{_emulator.Token}/sendAudio", form);

        Assert.Null(answer.Result!["audio"]!["thumbnail"]);
    }

    [Fact]
    public async Task SendAudio_WavUpload_ArrivesAsADocument()
    {
        var form = RawBotApi.Form(("chat_id", Chat), ("audio", ("take.wav", "audio/wav", new byte[] { 82, 73, 70, 70 })));

        var answer = await _api.PostAsync($"/bot{_emulator.Token}/sendAudio", form);

        Assert.Null(answer.Result!["audio"]);
        Assert.Equal("take.wav", answer.Result["document"]!["file_name"]!.GetValue<string>());
    }

    [Fact]
    public async Task EditMessageText_SameContent_IsNotModified()
    {
        var sent = await Send("<b>same</b>");
        var edit = $$"""{"chat_id":{{Chat}},"message_id":{{sent.Result!["message_id"]}},"text":"<b>same</b>","parse_mode":"HTML"}""";

        var answer = await _api.CallAsync("editMessageText", edit);

        Assert.Equal(400, answer.Status);
        Assert.StartsWith("Bad Request: message is not modified", answer.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Flood_TwoMessagesToOneChatWithinASecond_SecondGets429WithRetryAfter()
    {
        _emulator.SetFlood(new FloodLimits());

        var first = await Send("one");
        var second = await Send("two");

        Assert.Equal(200, first.Status);
        Assert.Equal((429, "Too Many Requests: retry after 1"), Pair(second));
        Assert.Equal(1, second.Body["parameters"]!["retry_after"]!.GetValue<int>());
        Assert.Equal("1", second.RetryAfter);
    }

    [Fact]
    public async Task Flood_TwentyFirstMessageToAGroupInAMinute_Gets429()
    {
        _emulator.SetFlood(new FloodLimits { PerChat = 1000 });
        var group = _emulator.Script.Group(-1002000000042, "Band practice");
        for (var i = 0; i < 20; i++)
        {
            Assert.Equal(200, (await _api.CallAsync("sendMessage", $$"""{"chat_id":{{group.Id}},"text":"m{{i}}"}""")).Status);
        }

        var answer = await _api.CallAsync("sendMessage", $$"""{"chat_id":{{group.Id}},"text":"one too many"}""");

        Assert.Equal(429, answer.Status);
        Assert.InRange(answer.Body["parameters"]!["retry_after"]!.GetValue<int>(), 50, 60);
    }

    [Fact]
    public async Task AnswerCallbackQuery_SecondAnswer_IsQueryTooOld()
    {
        var sent = await Send("x", Keyboard("g:1"));
        var message = _emulator.MessagesIn(Chat).Single(m => m.MessageId == sent.Result!["message_id"]!.GetValue<int>());
        var press = _emulator.Script.Press(_emulator.World.Users[Chat], message, "g:1");
        var answer = $$"""{"callback_query_id":"{{press.CallbackQueryId}}"}""";

        Assert.Equal(200, (await _api.CallAsync("answerCallbackQuery", answer)).Status);
        Assert.Equal((400, "Bad Request: query is too old and response timeout expired or query ID is invalid"), Pair(await _api.CallAsync("answerCallbackQuery", answer)));
    }

    [Fact]
    public async Task SetMyCommands_LanguageCode_KeepsOneMenuPerLanguageAndDeleteRemovesOnlyThatOne()
    {
        await _api.CallAsync("setMyCommands", """{"commands":[{"command":"generate","description":"Make a song"}]}""");
        await _api.CallAsync("setMyCommands", """{"commands":[{"command":"generate","description":"Создать песню"}],"language_code":"ru"}""");

        Assert.Equal("Make a song", Description(await _api.CallAsync("getMyCommands", "{}")));
        Assert.Equal("Создать песню", Description(await _api.CallAsync("getMyCommands", """{"language_code":"ru"}""")));
        Assert.Empty((await _api.CallAsync("getMyCommands", """{"language_code":"de"}""")).Result!.AsArray());

        Assert.Equal(200, (await _api.CallAsync("deleteMyCommands", """{"language_code":"ru"}""")).Status);

        Assert.Empty((await _api.CallAsync("getMyCommands", """{"language_code":"ru"}""")).Result!.AsArray());
        Assert.Equal("Make a song", Description(await _api.CallAsync("getMyCommands", "{}")));
    }

    private static string? Description(RawBotApi.Answer answer) => answer.Result!.AsArray().Single()!["description"]!.GetValue<string>();

    private Task<RawBotApi.Answer> Send(string html, JsonObject? markup = null)
    {
        var request = new JsonObject { ["chat_id"] = Chat, ["text"] = html, ["parse_mode"] = "HTML" };
        if (markup is not null)
        {
            request["reply_markup"] = markup;
        }

        return _api.CallAsync("sendMessage", request.ToJsonString());
    }

    private static JsonObject Keyboard(string data) =>
        new() { ["inline_keyboard"] = new JsonArray(new JsonArray(new JsonObject { ["text"] = "Go", ["callback_data"] = data })) };

    private static (int, string?) Pair(RawBotApi.Answer answer) => (answer.Status, answer.Description);
}
