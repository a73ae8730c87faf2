using Microsoft.Extensions.DependencyInjection;
using MusicBot.Core.Operations;
using MusicBot.Core.Providers;
using MusicBot.Emulators.Telegram;
using MusicBot.Emulators.Telegram.Model;
using MusicBot.Telegram.Buttons;
using MusicBot.Telegram.Tests.Support;
using MusicBot.Testing;

namespace MusicBot.Telegram.Tests.EndToEnd;

/// <summary>
/// A group: commands carry the @botname form, answers quote the command, each member has their own draft and
/// buttons, and songs come from the offline provider or from a remote-style provider serving MP3s over HTTP.
/// </summary>
public sealed class GroupChatTests : IAsyncLifetime
{
    private TelegramEmulator _emulator = null!;
    private MediaServer _media = null!;
    private RemoteStyleProvider _remote = null!;
    private TelegramBotHost _bot = null!;
    private EmulatedChat _group = null!;
    private Conversation _jonas = null!;
    private Conversation _kim = null!;

    public async Task InitializeAsync()
    {
        _emulator = await TelegramEmulator.StartAsync(new EmulatorOptions { Flood = EmulatorFlood.Scaled });
        _media = await MediaServer.StartAsync();
        _remote = new RemoteStyleProvider(_media);
        _group = _emulator.Script.Group(-1002000000042, "Band practice");
        _jonas = new Conversation(_emulator, _group, _emulator.Script.User(210000002, "Jonas", "jonas_o"));
        _kim = new Conversation(_emulator, _group, _emulator.Script.User(210000004, "Kim", "kim_k"));
        _bot = await TelegramBotHost.StartAsync(_emulator, services: s => s.AddSingleton<IMusicProvider>(_remote));
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _media.DisposeAsync();
        await _emulator.DisposeAsync();
    }

    [Fact]
    public async Task Group_AnonymousAdmin_IsAnsweredAsTheGroupAndMayManageCredits()
    {
        var styled = await AnonymousAsync("/style@musicbot_test_bot ambient drones");
        Assert.Contains("Style: ambient drones", styled.Text, StringComparison.Ordinal);

        var quota = await AnonymousAsync("/quota@musicbot_test_bot default 5");

        Assert.Equal("New members here now start with 5 credits.", quota.Text);
        Assert.Empty(_emulator.CallsTo("getChatMember"));
        // A member who is not an admin is still refused (asked of Telegram, as before).
        Assert.StartsWith("🚫", (await _kim.SayAsync("/quota@musicbot_test_bot default 7")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Group_Help_SaysThatPrivacyModeMayNeedTheBotsName()
    {
        var help = await _jonas.SayAsync("/help@musicbot_test_bot");

        Assert.Contains("if a command gets no answer, add @ and the bot's name to it (/draft@…): with privacy mode on", help.Text, StringComparison.Ordinal);
    }

    private async Task<BotMessage> AnonymousAsync(string text)
    {
        var sent = _emulator.Script.SayAnonymously(_group, text, signature: "Owner");
        return await _emulator.WaitForMessageAsync(_group.Id, m => m.ReplyToMessageId == sent.MessageId && m.Audio is null);
    }

    [Fact]
    public async Task Group_BotNameCommandsAndOwnButtons_GenerateWithTheOfflineProvider()
    {
        var styled = await _jonas.SayAsync("/style@musicbot_test_bot dark techno,\nwarehouse");
        Assert.Equal(_jonas.Last!.MessageId, styled.ReplyToMessageId);
        Assert.Contains("Style: dark techno,\nwarehouse", styled.Text, StringComparison.Ordinal);

        _jonas.Send("/style@some_other_bot jazz");
        _jonas.Send("just chatting, not for the bot");
        _jonas.Send("/play despacito");
        Assert.Equal("/play is not a command. /help lists them all.", (await _jonas.SayAsync("/play@musicbot_test_bot")).Text);
        var draft = await _jonas.SayAsync("/draft@musicbot_test_bot");
        Assert.Contains("dark techno", draft.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(_emulator.MessagesIn(_group.Id), m => m.Text.Contains("jazz", StringComparison.Ordinal) || m.Text.StartsWith("Commands start", StringComparison.Ordinal));
        Assert.Single(_emulator.MessagesIn(_group.Id), m => m.Text.Contains("is not a command", StringComparison.Ordinal));

        var stolen = await _kim.PressAsync(draft, "Generate");
        Assert.Equal("These buttons belong to someone else. Send /draft for your own.", _kim.AnswerTo(stolen));
        Assert.Equal("true", _emulator.CallsTo("answerCallbackQuery")[^1]["show_alert"]);

        await _jonas.PressAsync(draft, "Generate");
        var done = await _emulator.WaitForMessageAsync(_group.Id, m => m.Text.StartsWith("✅ Song #1", StringComparison.Ordinal));
        Assert.Equal(draft.MessageId, done.ReplyToMessageId);
        await _emulator.WaitUntilAsync(() => _emulator.MessagesIn(_group.Id).Count(m => m.IsTrack()) == 2, what: "both tracks");
        Assert.Contains("You have <b>9 credits</b>", (await _jonas.SayAsync("/credits")).Raw, StringComparison.Ordinal);
        Assert.Contains("You have <b>10 credits</b>", (await _kim.SayAsync("/credits")).Raw, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Group_RemoteProvider_StreamsFirstTakeThenSendsMp3sWithCoverLyricsAndButtons()
    {
        Assert.Contains("Provider set.", (await _jonas.SayAsync("/provider@musicbot_test_bot sunoapi")).Text, StringComparison.Ordinal);
        await _jonas.SayAsync("/style synthwave, neon & night drive");

        var progress = await _jonas.SayAsync("/generate", matching: m => m.Edits.Count > 0);
        await _emulator.WaitUntilAsync(() => progress.Text.StartsWith("✅ Song", StringComparison.Ordinal), what: "the song to finish");

        Assert.Collection(
            progress.Edits,
            e => Assert.StartsWith("⏳ Song #1 queued (position 1) with sunoapi V4_5.", e, StringComparison.Ordinal),
            e => Assert.StartsWith("📝 Song #1", e, StringComparison.Ordinal),
            e => Assert.StartsWith("🎧 Song #1 (Neon Rain 1): the first take is ready to stream: listen now.", e, StringComparison.Ordinal),
            e => Assert.StartsWith("✅ Song #1 (Neon Rain 1) done: 2 tracks, 1 credit charged.", e, StringComparison.Ordinal));
        Assert.Contains(_emulator.CallsTo("editMessageText"), c => c["text"]!.Contains($"<a href=\"{_media.BaseUrl}/stream/1\">listen now</a>", StringComparison.Ordinal));
        var tracks = _emulator.MessagesIn(_group.Id).Where(m => m.Audio is not null).ToList();
        Assert.Equal(2, tracks.Count);
        Assert.All(tracks, t => Assert.Equal(("MusicBot", 187, true, false), (t.Audio!.Performer, t.Audio.Duration, t.Audio.HasThumbnail, t.Audio.ViaUrl)));
        Assert.Equal(["Neon Rain 1", "Neon Rain 2"], tracks.Select(t => t.Audio!.Title));
        Assert.All(tracks, t => Assert.Contains("We keep the beat & the <night> alive", t.Text, StringComparison.Ordinal));
        Assert.All(tracks, t => Assert.Equal(MediaServer.Mp3.Length, t.Audio!.Size));

        await _jonas.PressAsync(tracks[0], "Regenerate");
        var second = await _emulator.WaitForMessageAsync(_group.Id, m => m.Text.StartsWith("✅ Song #2", StringComparison.Ordinal));
        Assert.Equal(tracks[0].MessageId, second.ReplyToMessageId);
        await _emulator.WaitUntilAsync(() => _emulator.MessagesIn(_group.Id).Count(m => m.Audio is not null) == 4, what: "the regenerated tracks");
        Assert.Contains("You have <b>8 credits</b>", (await _jonas.SayAsync("/credits")).Raw, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Group_ExtendWithBotName_ExtendsTheNamedTakeUnderAProgressMessageQuotingTheCommand()
    {
        await _jonas.SayAsync("/provider@musicbot_test_bot sunoapi");
        await _jonas.SayAsync("/style synthwave");
        var song = await _jonas.SayAsync("/generate", matching: m => m.Edits.Count > 0);
        await _emulator.WaitUntilAsync(() => song.Text.StartsWith("✅ Song #1", StringComparison.Ordinal), what: "the song to finish");

        var command = _jonas.Send("/extend@musicbot_test_bot #1 2 from 60");
        var progress = await _emulator.WaitForMessageAsync(_group.Id, m => m.ReplyToMessageId == command.MessageId);
        await _emulator.WaitUntilAsync(() => progress.Text.StartsWith("✅ Song #2", StringComparison.Ordinal), what: "the extension to finish");

        Assert.Contains(_emulator.CallsTo("sendMessage"), c => c["text"] == "⏳ Sending your request to the music service: extending…");
        Assert.StartsWith("⏳ Song #2 queued (position 1) with sunoapi V4_5: extending song #1, take 2 from 60 s. 1 credit reserved, 8 left", progress.Edits[0], StringComparison.Ordinal);
        Assert.Equal("✅ Song #2 (Neon Rain 2) extended: 2 tracks, 1 credit charged.", progress.Text);
        var operation = _remote.Submitted.Last().Operation!;
        Assert.Equal((OperationKind.Extend, 1L, 2, "t2", 60.0), (operation.Kind, operation.SourceTaskId, operation.SourceTrackIndex, operation.SourceTrackId, operation.ContinueAtSeconds));
        await _emulator.WaitUntilAsync(() => _emulator.MessagesIn(_group.Id).Count(m => m.Audio is not null && m.ReplyToMessageId == progress.MessageId) == 2, what: "the extended takes");
        Assert.Contains("You have <b>8 credits</b>", (await _jonas.SayAsync("/credits@musicbot_test_bot")).Raw, StringComparison.Ordinal);
        Assert.Contains("You have <b>10 credits</b>", (await _kim.SayAsync("/credits")).Raw, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Group_RegenerateSomeoneElsesSong_IsRefused()
    {
        await _jonas.SayAsync("/style ambient drones");
        await _jonas.SayAsync("/generate", matching: m => m.Edits.Count > 0);
        var track = await _emulator.WaitForMessageAsync(_group.Id, m => m.IsTrack());

        var press = await _kim.PressAsync(track, "Regenerate");

        Assert.Equal("These buttons belong to someone else. Send /draft for your own.", _kim.AnswerTo(press));
    }

    [Theory]
    [InlineData("Regenerate")]
    [InlineData("Extend")]
    public async Task Group_ForgedPressOnSomeoneElsesSong_IsRefusedByCore(string label)
    {
        await _jonas.SayAsync("/style ambient drones");
        await _jonas.SayAsync("/generate", matching: m => m.Edits.Count > 0);
        var track = await _emulator.WaitForMessageAsync(_group.Id, m => (m.Audio is not null || m.Document is not null) && m.AllButtons.Any(b => b.Text.Contains(label, StringComparison.Ordinal)));

        // A client can send any callback_data: Kim claims the keyboard was shown to her, so only Core's check of whose
        // song it is stands between her and Jonas's song.
        var forged = CallbackData.Parse(track.Button(label).CallbackData)! with { OwnerId = _kim.User.Id };
        _emulator.Script.Press(_kim.User, track, forged.Text);
        var refusal = await _emulator.WaitForMessageAsync(_group.Id, m => m.Text.Contains("is not one of yours", StringComparison.Ordinal));

        Assert.StartsWith("🚫 Song #1 is not one of yours here.", refusal.Text.TrimStart(), StringComparison.Ordinal);
        Assert.Equal(1, await DatabaseFile.ScalarAsync<long>(_bot.Data.Path, "SELECT COUNT(*) FROM tasks"));
        Assert.Contains("You have <b>10 credits</b>", (await _kim.SayAsync("/credits")).Raw, StringComparison.Ordinal);
    }
}
