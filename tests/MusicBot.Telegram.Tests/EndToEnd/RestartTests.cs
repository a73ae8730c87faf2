using MusicBot.Emulators.Telegram;
using MusicBot.Telegram.Tests.Support;
using MusicBot.Testing;

namespace MusicBot.Telegram.Tests.EndToEnd;

/// <summary>
/// The real binary, configured by environment variables and pointed at the emulator: killed with SIGKILL and
/// started again, it handles every update exactly once, finishes what was under way, and never prints its token.
/// </summary>
public sealed class RestartTests : IAsyncLifetime, IDisposable
{
    private readonly TestDataDirectory _data = new();
    private TelegramEmulator _emulator = null!;
    private Conversation _mira = null!;

    public async Task InitializeAsync()
    {
        _emulator = await TelegramEmulator.StartAsync(new EmulatorOptions { Flood = EmulatorFlood.Scaled });
        var mira = _emulator.Script.User(210000001, "Mira", "mira_sings");
        _mira = new Conversation(_emulator, _emulator.Script.PrivateChat(mira), mira);
    }

    public async Task DisposeAsync() => await _emulator.DisposeAsync();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task Restart_KilledBetweenTwoUpdates_HandlesEachExactlyOnce()
    {
        string firstRun;
        await using (var bot = TelegramBotProcess.Start(_emulator, _data.Path))
        {
            await _mira.SayAsync("/style first update");
            var first = _mira.Last!.UpdateId;
            await _emulator.WaitUntilAsync(() => _emulator.Queue.LastOffset == first + 1, what: "the bot to poll past the first update");
            bot.Kill();
            firstRun = bot.Output;
        }

        _mira.Send("/title second update");
        await using var restarted = TelegramBotProcess.Start(_emulator, _data.Path);
        await _emulator.WaitForMessageAsync(_mira.Chat.Id, m => m.Text.StartsWith("Title set.", StringComparison.Ordinal));
        await _mira.SayAsync("/credits");

        var texts = _emulator.MessagesIn(_mira.Chat.Id).Select(m => m.Text).ToList();
        Assert.Single(texts, t => t.StartsWith("Style set.", StringComparison.Ordinal));
        Assert.Single(texts, t => t.StartsWith("Title set.", StringComparison.Ordinal));
        Assert.Equal(3, texts.Count);

        // The answer goes out before the update is marked handled; wait for the mark.
        var last = _mira.Last!.UpdateId;
        await _emulator.WaitUntilAsync(() => Scalar("SELECT next_offset FROM update_cursors") == last + 1, what: "the cursor to pass the last update");
        Assert.Equal(3, Scalar("SELECT COUNT(*) FROM inbound_updates WHERE state = 'handled'"));
        AssertNoToken(firstRun + restarted.Output);
        Assert.Contains("telegram on", firstRun, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restart_KilledMidSong_TheSameProgressMessageFinishesAndEachTrackArrivesOnce()
    {
        var slow = new Dictionary<string, string> { ["MusicBot__Providers__Local__StageDelay"] = "00:00:02" };
        string firstRun;
        MusicBot.Emulators.Telegram.Model.BotMessage progress;
        await using (var bot = TelegramBotProcess.Start(_emulator, _data.Path, slow))
        {
            await _mira.SayAsync("/style dark techno, warehouse");
            var message = await _mira.SayAsync("/generate", matching: m => m.Edits.Count > 0);
            await _emulator.WaitUntilAsync(() => message.Text.StartsWith("📝 Song #1", StringComparison.Ordinal), what: "the lyrics stage");
            bot.Kill();
            firstRun = bot.Output;
            progress = message;
        }

        await using var restarted = TelegramBotProcess.Start(_emulator, _data.Path, slow);
        await _emulator.WaitUntilAsync(() => progress.Text.StartsWith("✅ Song #1", StringComparison.Ordinal), TimeSpan.FromSeconds(60), "the song to finish after the restart");
        await _emulator.WaitUntilAsync(() => _emulator.MessagesIn(_mira.Chat.Id).Count(m => m.IsTrack()) == 2, what: "both tracks");

        var extension = TrackMessages.OfflineExtension;
        Assert.Equal([$"song-1-1{extension}", $"song-1-2{extension}"], _emulator.MessagesIn(_mira.Chat.Id).Where(m => m.IsTrack()).Select(m => m.TrackFileName()));
        Assert.Contains("You have <b>9 credits</b>", (await _mira.SayAsync("/credits")).Raw, StringComparison.Ordinal);
        AssertNoToken(firstRun + restarted.Output);
    }

    private long Scalar(string sql) => DatabaseFile.ScalarAsync<long>(_data.Path, sql).GetAwaiter().GetResult();

    private void AssertNoToken(string output)
    {
        Assert.Contains("Telegram: connected as @musicbot_test_bot", output, StringComparison.Ordinal);
        Assert.DoesNotContain(_emulator.Token, output, StringComparison.Ordinal);
        Assert.DoesNotContain(_emulator.Token.Split(':')[1], output, StringComparison.Ordinal);
    }
}
