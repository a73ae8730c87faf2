using MusicBot.Emulators.Telegram;
using MusicBot.Telegram.Tests.Support;
using MusicBot.Testing;

namespace MusicBot.Telegram.Tests.EndToEnd;

/// <summary>
/// A person in a private chat builds a draft with commands and buttons and gets two songs from the offline provider,
/// on a bot without ffmpeg (so as WAV documents on every machine; <c>OfflineAudioTests</c> has the MP3 world).
/// </summary>
public sealed class PrivateChatTests : IAsyncLifetime, IDisposable
{
    private readonly TestDataDirectory _data = new();
    private TelegramEmulator _emulator = null!;
    private TelegramBotHost _bot = null!;
    private Conversation _mira = null!;

    public async Task InitializeAsync()
    {
        _emulator = await TelegramEmulator.StartAsync(new EmulatorOptions { Flood = EmulatorFlood.Scaled });
        var mira = _emulator.Script.User(210000001, "Mira", "mira_sings");
        _mira = new Conversation(_emulator, _emulator.Script.PrivateChat(mira), mira);
        _bot = await TelegramBotHost.StartAsync(_emulator, new Dictionary<string, string?>([AudioWorld.WithoutFfmpeg(_data.Path)]), data: _data);
    }

    public void Dispose() => _data.Dispose();

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _emulator.DisposeAsync();
    }

    [Fact]
    public async Task Draft_CommandsAndButtons_GenerateAndDeliverTwoTracksWithProgressInOneMessage()
    {
        Assert.StartsWith("👋 Welcome to MusicBot.", (await _mira.SayAsync("/start")).Text, StringComparison.Ordinal);

        var styled = await _mira.SayAsync("/style lo-fi <piano> & rain");
        Assert.Contains("Style: lo-fi <piano> & rain", styled.Text, StringComparison.Ordinal);
        Assert.Contains("lo-fi &lt;piano&gt; &amp; rain", styled.Raw, StringComparison.Ordinal);

        var question = await _mira.SayAsync("/lyrics");
        Assert.True(question.HasForceReply);
        var saved = await _mira.SayAsync("first line\nsecond <line>", replyTo: question.MessageId);
        Assert.Contains("Lyrics saved.", saved.Text, StringComparison.Ordinal);
        Assert.Contains("first line\nsecond <line>", saved.Text, StringComparison.Ordinal);

        var draft = await _mira.SayAsync("/draft");
        var toggled = await _mira.PressAsync(draft, "Instrumental: off");
        Assert.Equal("Instrumental: on.", _mira.AnswerTo(toggled));
        await _emulator.WaitUntilAsync(() => draft.Text.Contains("Instrumental: on", StringComparison.Ordinal), what: "the draft edited in place");
        await _mira.PressAsync(draft, "Model:");
        await _emulator.WaitUntilAsync(() => draft.AllButtons.Any(b => b.Text == "✅ synth"), what: "the model list");
        await _mira.PressAsync(draft, "✅ synth");
        await _emulator.WaitUntilAsync(() => draft.AllButtons.Any(b => b.Text.Contains("Generate", StringComparison.Ordinal)), what: "the draft keyboard back");

        await _mira.PressAsync(draft, "Generate");
        var progress = await _emulator.WaitForMessageAsync(_mira.Chat.Id, m => m.Raw.StartsWith("⏳ Sending", StringComparison.Ordinal) || m.Edits.Count > 0 && m.MessageId > draft.MessageId);
        await _emulator.WaitUntilAsync(() => progress.Text.StartsWith("✅ Song #1", StringComparison.Ordinal), what: "the progress message to say done");

        // A slow poll may skip a stage of the offline provider; whatever is shown comes in order, in this one message.
        var stages = progress.Edits.Select(Stage).ToList();
        Assert.StartsWith("⏳ Song #1 queued (position 1) with local synth.", progress.Edits[0], StringComparison.Ordinal);
        Assert.Equal(stages.Order(), stages);
        Assert.DoesNotContain(-1, stages);
        Assert.Contains("1 credit charged", progress.Text, StringComparison.Ordinal);

        // Without ffmpeg the offline provider delivers its WAV masters, and sendAudio takes only MP3 or M4A: the takes go
        // by sendDocument, as files.
        var tracks = _emulator.MessagesIn(_mira.Chat.Id).Where(m => m.Document is not null).ToList();
        Assert.Equal(["song-1-1.wav", "song-1-2.wav"], tracks.Select(t => t.Document!.FileName));
        Assert.All(tracks, t => Assert.Equal(progress.MessageId, t.ReplyToMessageId));
        Assert.All(tracks, t => Assert.True(t.Document!.Size > 100_000));
        Assert.Equal(["🎵 Lo-Fi <Piano> & Rain (take 1)", "🎵 Lo-Fi <Piano> & Rain (take 2)"], tracks.Select(t => t.Text.Split('\n')[0]));

        // The offline provider extends and splits its takes and hands out their WAV masters.
        Assert.All(tracks, t => Assert.Equal(["🔁 Regenerate", "➕ Extend", "💿 WAV", "🎚 Stems"], t.AllButtons.Select(b => b.Text)));
        Assert.Empty(_emulator.CallsTo("sendAudio"));
        Assert.All(tracks, t => Assert.Equal("audio/wav", t.Document!.MimeType));

        Assert.Contains("You have <b>9 credits</b>", (await _mira.SayAsync("/credits")).Raw, StringComparison.Ordinal);
        Assert.Contains("#1", (await _mira.SayAsync("/history")).Text, StringComparison.Ordinal);
        AssertCleanRun();
    }

    [Fact]
    public async Task Button_AnswerTooLate_TheDraftMessageStillShowsTheChange()
    {
        var draft = await _mira.SayAsync("/style lo-fi piano");
        _emulator.FailNext("answerCallbackQuery", 400, "Bad Request: query is too old and response timeout expired or query ID is invalid");

        _emulator.Script.Press(_mira.User, draft, draft.Button("Instrumental: off").CallbackData!);

        await _emulator.WaitUntilAsync(() => draft.Text.Contains("Instrumental: on", StringComparison.Ordinal), what: "the draft edited in place");
        Assert.Equal(400, Assert.Single(_emulator.CallsTo("answerCallbackQuery")).StatusCode);
        Assert.Contains("Instrumental: on", draft.Button("Instrumental").Text, StringComparison.Ordinal);
        Assert.Contains(_bot.Logs.Lines, l => l.Contains("answering button press", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Generate_DraftMissingStyle_RefusesInTheProgressMessageAndChargesNothing()
    {
        var answer = await _mira.SayAsync("/generate", matching: m => m.Edits.Count > 0);

        Assert.StartsWith("🚫 Can't generate with local synth yet; nothing was charged.", answer.Text, StringComparison.Ordinal);
        Assert.Contains("You have <b>10 credits</b>", (await _mira.SayAsync("/credits")).Raw, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Messages_UnknownCommandPlainTextAndOperationWithoutASong_GetShortAnswers()
    {
        Assert.Equal("/frobnicate is not a command. /help lists them all.", (await _mira.SayAsync("/frobnicate")).Text);
        Assert.StartsWith("Commands start with a slash.", (await _mira.SayAsync("hello there")).Text, StringComparison.Ordinal);
        Assert.Equal(
            "🚫 You have no finished song for stem separation yet. Make one first. Nothing was charged.",
            (await _mira.SayAsync("/stems", matching: m => m.Edits.Count > 0)).Text);
        Assert.StartsWith("Not changed. vocal gender", (await _mira.SayAsync("/voice robot")).Text, StringComparison.Ordinal);
        AssertCleanRun();
    }

    private static int Stage(string text) => Array.FindIndex(["⏳", "📝", "🎧", "✅"], mark => text.StartsWith(mark, StringComparison.Ordinal));

    /// <summary>No flood error, no refused request, every press answered, and the token in no log line.</summary>
    private void AssertCleanRun()
    {
        var refused = _emulator.Calls.Where(c => c.StatusCode != 200 && c.StatusCode != 429).Select(c => $"{c.Method}: {c.Response}").ToList();
        Assert.Empty(refused);
        Assert.DoesNotContain(_emulator.Token, _bot.Logs.All, StringComparison.Ordinal);
        Assert.All(_emulator.World.CallbackQueries, q => Assert.True(q.Value, $"callback {q.Key} unanswered"));
    }
}
