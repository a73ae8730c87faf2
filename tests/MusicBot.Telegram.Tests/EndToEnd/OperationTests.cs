using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using MusicBot.Core.Operations;
using MusicBot.Core.Providers;
using MusicBot.Emulators.Telegram;
using MusicBot.Emulators.Telegram.Model;
using MusicBot.Telegram.Tests.Support;
using MusicBot.Testing;

namespace MusicBot.Telegram.Tests.EndToEnd;

/// <summary>
/// Operations on a finished song in a private chat, through the emulator and the real service graph: the Extend, WAV
/// and Stems buttons and commands, AI lyrics into the draft, and the refusals that charge nothing. The remote-style
/// provider runs the operations; the offline one is asked for one it lacks.
/// </summary>
public sealed class OperationTests : IAsyncLifetime
{
    private TelegramEmulator _emulator = null!;
    private MediaServer _media = null!;
    private RemoteStyleProvider _remote = null!;
    private TelegramBotHost _bot = null!;
    private Conversation _mira = null!;

    public async Task InitializeAsync()
    {
        _emulator = await TelegramEmulator.StartAsync(new EmulatorOptions { Flood = EmulatorFlood.Scaled });
        _media = await MediaServer.StartAsync();
        _remote = new RemoteStyleProvider(_media);
        var mira = _emulator.Script.User(210000001, "Mira", "mira_sings");
        _mira = new Conversation(_emulator, _emulator.Script.PrivateChat(mira), mira);
        _bot = await TelegramBotHost.StartAsync(_emulator, services: s => s.AddSingleton<IMusicProvider>(_remote));
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _media.DisposeAsync();
        await _emulator.DisposeAsync();
    }

    [Fact]
    public async Task Extend_ButtonUnderTheSecondTake_DeliversTheExtensionUnderOneProgressMessageAndChargesForIt()
    {
        var takes = await GenerateWithRemoteAsync();
        Assert.All(takes, t => Assert.Equal(["🔁 Regenerate", "➕ Extend", "💿 WAV", "🎚 Stems"], t.AllButtons.Select(b => b.Text)));

        var press = await _mira.PressAsync(takes[1], "Extend");

        Assert.Equal("Extending…", _mira.AnswerTo(press));
        var progress = await _emulator.WaitForMessageAsync(_mira.Chat.Id, m => m.ReplyToMessageId == takes[1].MessageId && m.Audio is null);
        await _emulator.WaitUntilAsync(() => progress.Text.StartsWith("✅ Song #2", StringComparison.Ordinal), what: "the extension to finish");
        Assert.Collection(
            progress.Edits,
            e => Assert.Equal("⏳ Song #2 queued (position 1) with sunoapi V4_5: extending song #1, take 2. 1 credit reserved, 8 left; you pay only if it succeeds.", e),
            e => Assert.StartsWith("📝 Song #2 (Neon Rain 2): lyrics and arrangement written", e, StringComparison.Ordinal),
            e => Assert.StartsWith("🎧 Song #2 (Neon Rain 2): the first take is ready to stream", e, StringComparison.Ordinal),
            e => Assert.Equal("✅ Song #2 (Neon Rain 2) extended: 2 tracks, 1 credit charged.", e));

        var extended = await WaitForFilesAsync(progress, 2);
        Assert.All(extended, t => Assert.Equal(("Neon Rain 2", 247), (t.Audio!.Title, t.Audio.Duration)));
        Assert.Equal(["Song #2, take 1 (extended)", "Song #2, take 2 (extended)"], extended.Select(t => t.Text.Split('\n')[2]));
        Assert.All(extended, t => Assert.Contains("➕ Extend", t.AllButtons.Select(b => b.Text)));

        var sent = _remote.Submitted.Last();
        var operation = sent.Operation!;
        Assert.Equal((OperationKind.Extend, 1L, 2, "t2", null), (operation.Kind, operation.SourceTaskId, operation.SourceTrackIndex, operation.SourceTrackId, operation.ContinueAtSeconds));
        Assert.Equal(($"{_media.BaseUrl}/audio/neon-2.mp3", 187.4, "Neon Rain 2"), (operation.SourceAudioUrl, operation.SourceDurationSeconds, sent.Title));
        Assert.StartsWith("remote-", operation.SourceProviderTaskId, StringComparison.Ordinal);
        Assert.Contains("You have <b>8 credits</b>", (await _mira.SayAsync("/credits")).Raw, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stems_Command_DeliversEachStemAsAudioWithoutButtons()
    {
        await GenerateWithRemoteAsync();

        var progress = await _mira.SayAsync("/stems", matching: m => m.Edits.Count > 0);

        await _emulator.WaitUntilAsync(() => progress.Text.StartsWith("✅ Song #2", StringComparison.Ordinal), what: "the stems to finish");
        Assert.Equal("✅ Song #2 (Neon Rain 1 (vocals)) split into stems: 2 stems, 1 credit charged.", progress.Text);
        Assert.StartsWith("⏳ Song #2 queued (position 1) with sunoapi V4_5: splitting song #1, take 1 into stems.", progress.Edits[0], StringComparison.Ordinal);
        var stems = await WaitForFilesAsync(progress, 2);
        Assert.Equal(["Neon Rain 1 (vocals)", "Neon Rain 1 (instrumental)"], stems.Select(t => t.Audio!.Title));
        Assert.Equal(["Song #2, stem 1", "Song #2, stem 2"], stems.Select(t => t.Text.Split('\n')[1]));
        Assert.All(stems, t => Assert.Empty(t.AllButtons));
        Assert.Equal((OperationKind.Stems, 1L, 1), (_remote.Submitted.Last().OperationKind, _remote.Submitted.Last().Operation!.SourceTaskId, _remote.Submitted.Last().Operation!.SourceTrackIndex));
        Assert.Contains("You have <b>8 credits</b>", (await _mira.SayAsync("/credits")).Raw, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wav_CommandForASongAndTake_ArrivesAsADocumentNotInTheMusicPlayer()
    {
        await GenerateWithRemoteAsync();

        var progress = await _mira.SayAsync("/wav #1 2", matching: m => m.Edits.Count > 0);

        await _emulator.WaitUntilAsync(() => progress.Text.StartsWith("✅ Song #2", StringComparison.Ordinal), what: "the WAV to finish");
        Assert.Equal("✅ Song #2 (Neon Rain 2) converted to WAV: 1 file, 1 credit charged.", progress.Text);
        var wav = Assert.Single(await WaitForFilesAsync(progress, 1));
        Assert.Equal(("song-2-1.wav", "audio/wav"), (wav.Document!.FileName, wav.Document.MimeType));
        Assert.Equal(MediaServer.Wav, wav.Document.Content);
        Assert.Equal("🎵 Neon Rain 2\nSong #2, WAV (lossless)", wav.Text);
        Assert.Empty(wav.AllButtons);
        Assert.Single(_emulator.CallsTo("sendDocument"));
        Assert.Equal(2, _emulator.CallsTo("sendAudio").Count);
        Assert.Equal(("t2", 2), (_remote.Submitted.Last().Operation!.SourceTrackId, _remote.Submitted.Last().Operation!.SourceTrackIndex));
    }

    [Fact]
    public async Task LyricsAi_Topic_SendsEachVersionAndTheDraftHoldsTheSavedOne()
    {
        await _mira.SayAsync("/provider sunoapi");

        var progress = await _mira.SayAsync("/lyricsai a song about rain", matching: m => m.Edits.Count > 0);

        await _emulator.WaitUntilAsync(() => progress.Text.StartsWith("✅ Song #1", StringComparison.Ordinal), what: "the lyrics to be written");
        Assert.Equal(
            "⏳ Song #1 queued (position 1) with sunoapi V4_5: writing lyrics about “a song about rain”. It is free; you have 10 credits.",
            progress.Edits[0]);
        Assert.Equal("✅ Song #1 (Rain Song) lyrics written: 2 versions, nothing charged.", progress.Text);
        var versions = _emulator.MessagesIn(_mira.Chat.Id).Where(m => m.ReplyToMessageId == progress.MessageId).ToList();
        Assert.Equal(["📜 Rain Song", "📜 Rain Song (Reprise)"], versions.Select(v => v.Text.Split('\n')[0]));
        Assert.Contains("<b>Rain Song</b>", versions[0].Raw, StringComparison.Ordinal);
        Assert.Contains("Drops on the window &amp; &lt;glass&gt;", versions[0].Raw, StringComparison.Ordinal);
        Assert.EndsWith("✅ Saved to your draft: /generate to sing it, or /draft to look it over.", versions[0].Text, StringComparison.Ordinal);
        Assert.Contains("This version is not in your draft", versions[1].Text, StringComparison.Ordinal);
        Assert.Equal("a song about rain", _remote.Submitted.Single().Operation!.Prompt);

        var draft = await _mira.SayAsync("/draft");
        Assert.Contains("Version 1: a song about rain", draft.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Version 2", draft.Text, StringComparison.Ordinal);
        Assert.Contains("You have <b>10 credits</b>", (await _mira.SayAsync("/credits")).Raw, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extend_SongThatIsNotTheirs_RefusesSpecificallyWithoutChargeOrTask()
    {
        var answer = await _mira.SayAsync("/extend 999", matching: m => m.Edits.Count > 0);

        Assert.Equal("🚫 Song #999 is not one of yours here. Your songs are listed by the history command. Nothing was charged.", answer.Text);
        Assert.Contains("You have <b>10 credits</b>", (await _mira.SayAsync("/credits")).Raw, StringComparison.Ordinal);
        Assert.Equal(0, Scalar("SELECT COUNT(*) FROM tasks"));
        Assert.Empty(_remote.Submitted);
    }

    [Fact]
    public async Task Extend_FromPastTheWordFrom_ShowsWhatWasNotUnderstoodAndTheUsage()
    {
        var answer = await _mira.SayAsync("/extend 1 2 from soon", matching: m => m.Edits.Count > 0);

        Assert.Equal("\"from\" needs a number of seconds after it, e.g. from 60.\nUsage: /extend [song] [take] [from <seconds>]", answer.Text);
        Assert.Equal(0, Scalar("SELECT COUNT(*) FROM tasks"));
    }

    [Fact]
    public async Task AddVocals_SongOfAProviderWithoutIt_NamesTheProviderThatOffersItAndChargesNothing()
    {
        await _mira.SayAsync("/style ambient drones");
        var song = await _mira.SayAsync("/generate", matching: m => m.Edits.Count > 0);
        await _emulator.WaitUntilAsync(() => song.Text.StartsWith("✅ Song #1", StringComparison.Ordinal), what: "the offline song");
        await WaitForFilesAsync(song, 2);

        var answer = await _mira.SayAsync("/addvocals", matching: m => m.Edits.Count > 0);

        Assert.Equal("🚫 local does not offer adding vocals. sunoapi does; switch with the provider command. Nothing was charged.", answer.Text);
        Assert.Contains("You have <b>9 credits</b>", (await _mira.SayAsync("/credits")).Raw, StringComparison.Ordinal);
        Assert.Equal(1, Scalar("SELECT COUNT(*) FROM tasks"));
    }

    [Fact]
    public async Task MenuAndHelp_AtStartup_ListEveryOperationCommand()
    {
        var help = await _mira.SayAsync("/help");
        Assert.Contains("/extend [song] [take] [from <seconds>] Continue your latest song", help.Text, StringComparison.Ordinal);
        Assert.Contains("/lyricsai <what the song is about> AI-written lyrics", help.Text, StringComparison.Ordinal);

        await _emulator.WaitUntilAsync(() => _emulator.CallsTo("setMyCommands").Count(c => c.IsOk) == 2, what: "the command menus");

        var everyone = _emulator.CallsTo("setMyCommands").Single(c => c["scope"]!.Contains("\"default\"", StringComparison.Ordinal));
        var menu = JsonNode.Parse(everyone["commands"]!)!.AsArray().Select(c => c!["command"]!.GetValue<string>()).ToList();

        Assert.Subset(menu.ToHashSet(), new HashSet<string> { "generate", "extend", "addvocals", "addinstrumental", "wav", "stems", "lyricsai" });
    }

    private async Task<IReadOnlyList<BotMessage>> GenerateWithRemoteAsync()
    {
        await _mira.SayAsync("/provider sunoapi");
        await _mira.SayAsync("/style synthwave");
        var progress = await _mira.SayAsync("/generate", matching: m => m.Edits.Count > 0);
        await _emulator.WaitUntilAsync(() => progress.Text.StartsWith("✅ Song #1", StringComparison.Ordinal), what: "the song to finish");
        return await WaitForFilesAsync(progress, 2);
    }

    /// <summary>The audio or documents delivered under a progress message, once there are <paramref name="count"/>.</summary>
    private async Task<IReadOnlyList<BotMessage>> WaitForFilesAsync(BotMessage progress, int count)
    {
        List<BotMessage> Files() => [.. _emulator.MessagesIn(_mira.Chat.Id).Where(m => m.ReplyToMessageId == progress.MessageId && (m.Audio is not null || m.Document is not null))];
        await _emulator.WaitUntilAsync(() => Files().Count == count, what: $"{count} files under message {progress.MessageId}");
        return Files();
    }

    private long Scalar(string sql) => DatabaseFile.ScalarAsync<long>(_bot.Data.Path, sql).GetAwaiter().GetResult();
}
