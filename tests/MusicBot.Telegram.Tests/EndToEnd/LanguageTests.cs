using MusicBot.Emulators.Telegram;
using MusicBot.Localization;
using MusicBot.Messages;
using MusicBot.Telegram.Tests.Support;
using MusicBot.Testing;

namespace MusicBot.Telegram.Tests.EndToEnd;

/// <summary>
/// A user whose Telegram app is in Russian reads the bot in Russian, from the draft to the delivered files, with no
/// command; /language overrides the app and survives a restart on the same SQLite file. Expected texts come from the
/// shipped catalogs, so a changed translation changes the test's expectation with it.
/// </summary>
public sealed class LanguageTests : IAsyncLifetime, IDisposable
{
    private static readonly MessageCatalog Russian = MessageCatalog.For(Languages.Find("ru")!);
    private static readonly MessageCatalog German = MessageCatalog.For(Languages.Find("de")!);

    private readonly TestDataDirectory _data = new();
    private TelegramEmulator _emulator = null!;
    private TelegramBotHost _bot = null!;
    private Conversation _olga = null!;

    public async Task InitializeAsync()
    {
        _emulator = await TelegramEmulator.StartAsync(new EmulatorOptions { Flood = EmulatorFlood.Scaled });
        var olga = _emulator.Script.User(210000031, "Ольга", "olga_beats", languageCode: "ru");
        _olga = new Conversation(_emulator, _emulator.Script.PrivateChat(olga), olga);
        _bot = await StartBotAsync();
    }

    public void Dispose() => _data.Dispose();

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _emulator.DisposeAsync();
    }

    [Fact]
    public async Task Song_AppInRussian_EveryReplyAndTheDeliveryReadRussian()
    {
        var refused = await _olga.SayAsync("/generate", matching: m => m.Edits.Count > 0);
        Assert.StartsWith($"🚫 {Russian.Text("telegram.generate.invalid", ("provider", "local"), ("model", "synth"))}\n", refused.Text, StringComparison.Ordinal);

        var draft = await _olga.SayAsync("/style lo-fi piano");
        Assert.Contains($"📝 {Russian.Text("telegram.draft.header", ("draft", Russian.Text("telegram.draft.title")), ("provider", "local"), ("model", "synth"))}", draft.Text, StringComparison.Ordinal);
        Assert.EndsWith(Russian.Text("telegram.draft.ready"), draft.Text, StringComparison.Ordinal);
        Assert.Contains($"▶️ {Russian.Text("telegram.button.generate")}", draft.AllButtons.Select(b => b.Text));

        await _olga.PressAsync(draft, Russian.Text("telegram.button.generate"));
        var song = Russian.Text("telegram.song", ("song", "1"));
        var progress = await _emulator.WaitForMessageAsync(_olga.Chat.Id, m => m.MessageId > draft.MessageId && m.Edits.Count > 0);
        await _emulator.WaitUntilAsync(() => progress.Text.StartsWith($"✅ {song}", StringComparison.Ordinal), what: "the progress message to say done");
        Assert.StartsWith(
            $"⏳ {Russian.Text("telegram.generate.queued", ("song", song), ("position", 1), ("provider", "local"), ("model", "synth"))}",
            progress.Edits[0],
            StringComparison.Ordinal);
        Assert.EndsWith($"{Russian.Text("charged", ("credits", Russian.Plural("credits", 1)))}.", progress.Text, StringComparison.Ordinal);

        await _emulator.WaitUntilAsync(() => _emulator.MessagesIn(_olga.Chat.Id).Count(m => m.Document is not null) == 2, what: "both tracks");
        var tracks = _emulator.MessagesIn(_olga.Chat.Id).Where(m => m.Document is not null).ToList();
        Assert.Equal(
            [Russian.Text("telegram.part.take", ("song", "1"), ("take", 1)), Russian.Text("telegram.part.take", ("song", "1"), ("take", 2))],
            tracks.Select(t => t.Text.Split('\n')[^1]));
        Assert.All(tracks, t => Assert.Contains($"🔁 {Russian.Text("telegram.button.regenerate")}", t.AllButtons.Select(b => b.Text)));

        var credits = await _olga.SayAsync("/credits");
        Assert.Equal(
            Russian.Text(
                "telegram.credits",
                ("balance", Russian.Plural("credits", 9)),
                ("reserved", Russian.Plural("credits", 0)),
                ("provider", "local"),
                ("model", "synth"),
                ("price", Russian.Plural("credits", 1))),
            credits.Text);
    }

    [Fact]
    public async Task Language_ChosenThenAutomatic_OverridesTheAppAcrossARestart()
    {
        var chosen = await _olga.SayAsync("/language de");
        Assert.Equal(German.Text("language.chosen", ("language", "Deutsch")), chosen.Text);
        Assert.StartsWith($"📝 {German.Text("telegram.draft.title")}", (await _olga.SayAsync("/draft")).Text, StringComparison.Ordinal);

        await _bot.DisposeAsync();
        _bot = await StartBotAsync();
        Assert.StartsWith($"📝 {German.Text("telegram.draft.title")}", (await _olga.SayAsync("/draft")).Text, StringComparison.Ordinal);

        var automatic = await _olga.SayAsync("/language auto");
        Assert.Equal(Russian.Text("language.automatic", ("language", "Русский"), ("command", "/language <code>")), automatic.Text);
        Assert.StartsWith($"📝 {Russian.Text("telegram.draft.title")}", (await _olga.SayAsync("/draft")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Language_UnknownTag_SaysSoInTheAppLanguageAndListsEveryLanguage()
    {
        var answer = await _olga.SayAsync("/language xx");

        Assert.StartsWith(Russian.Text("language.unknown", ("tag", "xx")), answer.Text, StringComparison.Ordinal);
        Assert.All(Languages.Supported, l => Assert.Contains($"{l.Name} ({l.Code})", answer.Text, StringComparison.Ordinal));
    }

    private Task<TelegramBotHost> StartBotAsync() =>
        TelegramBotHost.StartAsync(_emulator, new Dictionary<string, string?>([AudioWorld.WithoutFfmpeg(_data.Path)]), data: _data);
}
