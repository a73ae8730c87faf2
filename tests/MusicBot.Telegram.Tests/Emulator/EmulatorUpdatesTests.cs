using System.Text.Json.Nodes;
using MusicBot.Emulators.Telegram;
using MusicBot.Emulators.Telegram.Server;
using MusicBot.Telegram.Tests.Support;

namespace MusicBot.Telegram.Tests.Emulator;

/// <summary>getUpdates and webhooks as the reference server runs them (chat-protocols §B2), and the update shapes.</summary>
public sealed class EmulatorUpdatesTests : IAsyncLifetime
{
    private TelegramEmulator _emulator = null!;
    private RawBotApi _api = null!;

    public async Task InitializeAsync()
    {
        _emulator = await TelegramEmulator.StartAsync(new EmulatorOptions { Flood = FloodLimits.Off });
        _api = new RawBotApi(_emulator);
    }

    public async Task DisposeAsync()
    {
        await _emulator.DisposeAsync();
    }

    [Fact]
    public async Task GetUpdates_OffsetPastAnUpdate_ConfirmsItForGood()
    {
        var (mira, chat) = Mira();
        var first = _emulator.Script.Say(chat, mira, "/draft").UpdateId;
        var second = _emulator.Script.Say(chat, mira, "/credits").UpdateId;

        var both = await _api.CallAsync("getUpdates", "{}");
        var afterFirst = await _api.CallAsync("getUpdates", $$"""{"offset":{{first + 1}}}""");
        var afterBoth = await _api.CallAsync("getUpdates", $$"""{"offset":{{second + 1}}}""");
        var fromStart = await _api.CallAsync("getUpdates", "{}");

        Assert.Equal([first, second], Ids(both));
        Assert.Equal([second], Ids(afterFirst));
        Assert.Empty(Ids(afterBoth));
        Assert.Empty(Ids(fromStart));
    }

    [Fact]
    public async Task GetUpdates_NegativeOffset_KeepsOnlyTheLastUpdates()
    {
        var (mira, chat) = Mira();
        _emulator.Script.Say(chat, mira, "one");
        _emulator.Script.Say(chat, mira, "two");
        var last = _emulator.Script.Say(chat, mira, "three").UpdateId;

        Assert.Equal([last], Ids(await _api.CallAsync("getUpdates", """{"offset":-1}""")));
    }

    [Fact]
    public async Task GetUpdates_LongPoll_ReturnsAsSoonAsAnUpdateArrives()
    {
        var (mira, chat) = Mira();
        var poll = _api.CallAsync("getUpdates", """{"timeout":30}""");
        await _emulator.WaitUntilAsync(() => _emulator.Queue.HasWaitingPoll, what: "the poll to park");

        var id = _emulator.Script.Say(chat, mira, "/draft").UpdateId;

        Assert.Equal([id], Ids(await poll));
    }

    [Fact]
    public async Task GetUpdates_SecondPoller_EndsTheFirstWith409()
    {
        var first = _api.CallAsync("getUpdates", """{"timeout":30}""");
        await _emulator.WaitUntilAsync(() => _emulator.Queue.HasWaitingPoll, what: "the first poll to park");

        var second = _api.CallAsync("getUpdates", """{"timeout":1}""");

        Assert.Equal((409, "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running"), ((await first).Status, (await first).Description));
        Assert.Equal(200, (await second).Status);
    }

    [Fact]
    public async Task GetUpdates_WhileAWebhookIsSet_Is409UntilItIsDeleted()
    {
        Assert.Equal("Webhook was set", (await _api.CallAsync("setWebhook", """{"url":"http://127.0.0.1:9/hook"}""")).Description);

        var refused = await _api.CallAsync("getUpdates", "{}");
        var deleted = await _api.CallAsync("deleteWebhook", "{}");
        var polled = await _api.CallAsync("getUpdates", "{}");

        Assert.Equal((409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first"), (refused.Status, refused.Description));
        Assert.Equal("Webhook was deleted", deleted.Description);
        Assert.Equal(200, polled.Status);
    }

    [Fact]
    public async Task SetWebhook_TwiceWithinASecond_Is429()
    {
        await _api.CallAsync("setWebhook", """{"url":"http://127.0.0.1:9/hook"}""");

        var again = await _api.CallAsync("setWebhook", """{"url":"http://127.0.0.1:9/hook"}""");

        Assert.Equal((429, 1), (again.Status, again.Body["parameters"]!["retry_after"]!.GetValue<int>()));
    }

    [Fact]
    public void Say_PrivateCommand_HasTheShapeOfTheFixture()
    {
        var mira = _emulator.Script.User(210000001, "Mira", "mira_sings");
        _emulator.Script.Say(_emulator.Script.PrivateChat(mira), mira, "/draft");

        Assert.Equal(Paths(Fixtures.Node("update-message-command-private")), Paths(PendingUpdate()));
    }

    [Fact]
    public void Say_GroupCommandWithBotName_HasTheShapeOfTheFixtureAndOneCommandEntity()
    {
        var jonas = _emulator.Script.User(210000002, "Jonas", "jonas_o", "Ølberg 🎸");
        _emulator.Script.Say(_emulator.Script.Group(-1002000000042, "Band practice"), jonas, "/style@musicbot_test_bot garage rock,\nfuzzy guitars");

        var update = PendingUpdate();
        Assert.Equal(Paths(Fixtures.Node("update-message-command-group-botname")), Paths(update));
        Assert.Equal(24, update["message"]!["entities"]![0]!["length"]!.GetValue<int>());
    }

    [Fact]
    public void Enqueue_Update_PutsANewlineAfterTheIdLikeTheServer()
    {
        var (mira, chat) = Mira();
        _emulator.Script.Say(chat, mira, "hi");

        Assert.Matches("^\\{\"update_id\":\\d+,\n\"message\":", _emulator.Queue.Peek()!.Value.Json);
    }

    private (MusicBot.Emulators.Telegram.Model.EmulatedUser, MusicBot.Emulators.Telegram.Model.EmulatedChat) Mira()
    {
        var mira = _emulator.Script.User(210000001, "Mira", "mira_sings");
        return (mira, _emulator.Script.PrivateChat(mira));
    }

    private JsonNode PendingUpdate() => JsonNode.Parse(_emulator.Queue.Peek()!.Value.Json)!;

    private static List<long> Ids(RawBotApi.Answer answer) => [.. answer.Result!.AsArray().Select(u => u!["update_id"]!.GetValue<long>())];

    /// <summary>Every property path of a JSON document (array items collapse to []), to compare shapes, not values.</summary>
    private static SortedSet<string> Paths(JsonNode node, string prefix = "")
    {
        var paths = new SortedSet<string>(StringComparer.Ordinal);
        switch (node)
        {
            case JsonObject json:
                foreach (var (key, value) in json)
                {
                    paths.Add(prefix + key);
                    paths.UnionWith(Paths(value!, $"{prefix}{key}."));
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    paths.UnionWith(Paths(item!, prefix + "[]."));
                }

                break;
        }

        return paths;
    }
}
