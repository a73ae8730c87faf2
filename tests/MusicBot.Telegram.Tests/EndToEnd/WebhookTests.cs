using System.Globalization;
using System.Net;
using System.Text;
using MusicBot.Emulators.Telegram;
using MusicBot.Telegram.Tests.Support;
using MusicBot.Testing;

namespace MusicBot.Telegram.Tests.EndToEnd;

/// <summary>Webhook mode: the bot registers its address and secret, the emulator POSTs updates, the secret is checked.</summary>
public sealed class WebhookTests : IAsyncLifetime
{
    private const string Secret = "s3cr3t_Token-1";
    private static readonly HttpClient Http = new();
    private TelegramEmulator _emulator = null!;
    private TelegramBotHost _bot = null!;
    private Conversation _mira = null!;
    private string _hook = "";

    public async Task InitializeAsync()
    {
        _emulator = await TelegramEmulator.StartAsync(new EmulatorOptions { Flood = EmulatorFlood.Scaled });
        var mira = _emulator.Script.User(210000001, "Mira", "mira_sings");
        _mira = new Conversation(_emulator, _emulator.Script.PrivateChat(mira), mira);
        var port = TelegramBotHost.FreePort().ToString(CultureInfo.InvariantCulture);
        _hook = $"http://127.0.0.1:{port}/telegram/hook";
        _bot = await TelegramBotHost.StartAsync(_emulator, new()
        {
            ["Test:Urls"] = $"http://127.0.0.1:{port}",
            ["MusicBot:Telegram:Mode"] = "Webhook",
            ["MusicBot:Telegram:WebhookUrl"] = _hook,
            ["MusicBot:Telegram:WebhookSecret"] = Secret,
        });
        // The emulator applies setWebhook before it logs the call: wait for both, or the log may still be empty.
        await _emulator.WaitUntilAsync(
            () => _emulator.Webhook.Url == _hook && _emulator.CallsTo("setWebhook").Count > 0, what: "the webhook to be registered");
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _emulator.DisposeAsync();
    }

    [Fact]
    public async Task Webhook_Registered_UpdatesArriveByPostWithTheSecretAndAreAnswered()
    {
        var registration = Assert.Single(_emulator.CallsTo("setWebhook"));
        Assert.Equal((Secret, "1", "[\"message\",\"callback_query\"]"), (registration["secret_token"], registration["max_connections"], registration["allowed_updates"]));

        var answer = await _mira.SayAsync("/style trance, 140 bpm");

        Assert.Contains("Style set.", answer.Text, StringComparison.Ordinal);
        await _emulator.WaitUntilAsync(() => _emulator.Webhook.Deliveries == 1, what: "the webhook POST to be answered 2xx");
        Assert.Empty(_emulator.CallsTo("getUpdates"));
        Assert.DoesNotContain(Secret, _bot.Logs.All, StringComparison.Ordinal);
        Assert.DoesNotContain(_emulator.Token, _bot.Logs.All, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong")]
    [InlineData("s3cr3t_Token-")]
    public async Task Webhook_MissingOrWrongSecret_Is401AndChangesNothing(string? secret)
    {
        var update = """{"update_id":100,"message":{"message_id":1,"from":{"id":210000001,"is_bot":false,"first_name":"Mira"},"chat":{"id":210000001,"type":"private"},"date":1767225600,"text":"/credits"}}""";

        var status = await PostAsync(update, secret);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Empty(_emulator.MessagesIn(_mira.Chat.Id));
    }

    [Fact]
    public async Task Webhook_SameUpdateDeliveredTwice_IsHandledOnce()
    {
        var update = """{"update_id":100,"message":{"message_id":1,"from":{"id":210000001,"is_bot":false,"first_name":"Mira"},"chat":{"id":210000001,"type":"private"},"date":1767225600,"text":"/credits"}}""";

        var after = """{"update_id":101,"message":{"message_id":2,"from":{"id":210000001,"is_bot":false,"first_name":"Mira"},"chat":{"id":210000001,"type":"private"},"date":1767225600,"text":"/style ambient"}}""";

        Assert.Equal(HttpStatusCode.OK, await PostAsync(update, Secret));
        Assert.Equal(HttpStatusCode.OK, await PostAsync(update, Secret));
        Assert.Equal(HttpStatusCode.OK, await PostAsync(after, Secret));

        // Queued updates are processed in id order, so once 101 is answered both deliveries of 100 have been through.
        await _emulator.WaitForMessageAsync(_mira.Chat.Id, m => m.Text.Contains("Style set.", StringComparison.Ordinal));
        Assert.Single(_emulator.MessagesIn(_mira.Chat.Id), m => m.Text.StartsWith("💳", StringComparison.Ordinal));
        Assert.Equal(2, _emulator.MessagesIn(_mira.Chat.Id).Count);
    }

    [Fact]
    public async Task Webhook_UnreadableUpdate_Is400ForThatBodyOnlyAndIsRecorded()
    {
        var bad = """{"update_id":200,"message":{"message_id":1,"from":{"id":210000001,"is_bot":false,"first_name":"Mira"},"chat":{"id":210000001,"type":"private"},"date":1767225600,"text":"/credits","entities":[{"offset":3000000000,"length":8,"type":"bot_command"}]}}""";
        var good = """{"update_id":201,"message":{"message_id":2,"from":{"id":210000001,"is_bot":false,"first_name":"Mira"},"chat":{"id":210000001,"type":"private"},"date":1767225600,"text":"/credits"}}""";

        Assert.Equal(HttpStatusCode.BadRequest, await PostAsync(bad, Secret));
        Assert.Equal(HttpStatusCode.BadRequest, await PostAsync("not json at all", Secret));
        Assert.Equal(HttpStatusCode.OK, await PostAsync(good, Secret));

        await _emulator.WaitForMessageAsync(_mira.Chat.Id, m => m.Text.StartsWith("💳", StringComparison.Ordinal));
        Assert.Contains("$.message.entities[0].offset", await DatabaseFile.ScalarAsync<string>(_bot.Data.Path, "SELECT reason FROM rejected_updates WHERE update_id = 200"), StringComparison.Ordinal);
        Assert.Contains(_bot.Logs.Lines, l => l.Contains("without a readable update_id", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Webhook_BodyOverOneMebibyte_Is413WhetherItsLengthIsDeclaredOrChunkedAndNothingIsStored(bool declared)
    {
        var huge = """{"update_id":300,"message":{"message_id":1,"from":{"id":210000001,"is_bot":false,"first_name":"Mira"},"chat":{"id":210000001,"type":"private"},"date":1767225600,"text":"TEXT"}}""".Replace("TEXT", new string('x', 1 << 20), StringComparison.Ordinal);
        using var request = new HttpRequestMessage(HttpMethod.Post, _hook) { Content = new StringContent(huge, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", Secret);
        request.Headers.TransferEncodingChunked = !declared;

        using var response = await Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(0, await DatabaseFile.ScalarAsync<long>(_bot.Data.Path, "SELECT (SELECT COUNT(*) FROM queued_updates WHERE update_id = 300) + (SELECT COUNT(*) FROM inbound_updates WHERE update_id = 300)"));
    }

    [Fact]
    public async Task Webhook_SlowUpdate_IsAnsweredAtOnceSoItNeitherHoldsUpTheNextNorIsSentAgain()
    {
        // Telegram waits for each answer before the next update (max_connections 1) and re-sends one not answered in
        // time (here 2 s); the bot's first reply takes 4 s to get through.
        await using var emulator = await TelegramEmulator.StartAsync(new EmulatorOptions { Flood = EmulatorFlood.Scaled, WebhookTimeout = TimeSpan.FromSeconds(2) });
        var kim = emulator.Script.User(210000004, "Kim", "kim_k");
        var chat = emulator.Script.PrivateChat(kim);
        var port = TelegramBotHost.FreePort().ToString(CultureInfo.InvariantCulture);
        await using var bot = await TelegramBotHost.StartAsync(emulator, new()
        {
            ["Test:Urls"] = $"http://127.0.0.1:{port}",
            ["MusicBot:Telegram:Mode"] = "Webhook",
            ["MusicBot:Telegram:WebhookUrl"] = $"http://127.0.0.1:{port}/telegram/hook",
            ["MusicBot:Telegram:WebhookSecret"] = Secret,
        });
        await emulator.WaitUntilAsync(() => emulator.Webhook.Url is not null && emulator.CallsTo("setWebhook").Count > 0, what: "the webhook to be registered");
        emulator.DelayNext("sendMessage", TimeSpan.FromSeconds(4));

        var slow = emulator.Script.Say(chat, kim, "/credits");
        var next = emulator.Script.Say(chat, kim, "/style drum and bass");

        await emulator.WaitUntilAsync(() => emulator.Webhook.Deliveries == 2, what: "both updates to be acknowledged");
        Assert.Empty(emulator.MessagesIn(chat.Id));
        await emulator.WaitForMessageAsync(chat.Id, m => m.Text.StartsWith("💳", StringComparison.Ordinal));
        await emulator.WaitForMessageAsync(chat.Id, m => m.Text.Contains("Style: drum and bass", StringComparison.Ordinal));
        Assert.Equal((2, 0, null), (emulator.Webhook.Deliveries, emulator.Webhook.Failures, emulator.Webhook.LastErrorMessage));
        Assert.Single(emulator.MessagesIn(chat.Id), m => m.Text.StartsWith("💳", StringComparison.Ordinal));
        Assert.Equal(0, await DatabaseFile.ScalarAsync<long>(bot.Data.Path, "SELECT COUNT(*) FROM queued_updates"));
        Assert.Equal(2, await DatabaseFile.ScalarAsync<long>(bot.Data.Path, $"SELECT COUNT(*) FROM inbound_updates WHERE state = 'handled' AND update_id IN ({slow.UpdateId}, {next.UpdateId})"));
    }

    private async Task<HttpStatusCode> PostAsync(string json, string? secret)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _hook) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (secret is not null)
        {
            request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", secret);
        }

        using var response = await Http.SendAsync(request);
        return response.StatusCode;
    }
}
