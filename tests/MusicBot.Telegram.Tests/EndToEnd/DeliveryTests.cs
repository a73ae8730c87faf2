using Microsoft.Extensions.DependencyInjection;
using MusicBot.Core.Providers;
using MusicBot.Emulators.Telegram;
using MusicBot.Telegram.Tests.Support;
using MusicBot.Testing;

namespace MusicBot.Telegram.Tests.EndToEnd;

/// <summary>How tracks and notices reach Telegram when things are big, long or refused.</summary>
public sealed class DeliveryTests : IAsyncLifetime
{
    private TelegramEmulator _emulator = null!;
    private MediaServer _media = null!;
    private RemoteStyleProvider _remote = null!;
    private Conversation _mira = null!;

    public async Task InitializeAsync()
    {
        _emulator = await TelegramEmulator.StartAsync(new EmulatorOptions { Flood = EmulatorFlood.Scaled });
        _media = await MediaServer.StartAsync();
        _remote = new RemoteStyleProvider(_media);
        var mira = _emulator.Script.User(210000001, "Mira", "mira_sings");
        _mira = new Conversation(_emulator, _emulator.Script.PrivateChat(mira), mira);
    }

    public async Task DisposeAsync()
    {
        await _media.DisposeAsync();
        await _emulator.DisposeAsync();
    }

    [Fact]
    public async Task Track_LyricsTooLongForAMessage_FollowAsATextFile()
    {
        _remote.Lyrics = string.Join('\n', Enumerable.Range(1, 200).Select(i => $"line {i}: la la la & <la>"));
        await using var bot = await StartAsync();

        await GenerateWithRemoteAsync();

        var files = _emulator.MessagesIn(_mira.Chat.Id).Where(m => m.Document is { MimeType: "text/plain" }).ToList();
        Assert.Equal(["lyrics-1-1.txt", "lyrics-1-2.txt"], files.Select(f => f.Document!.FileName));
        Assert.Equal(_remote.Lyrics, System.Text.Encoding.UTF8.GetString(files[0].Document!.Content));
        Assert.All(_emulator.MessagesIn(_mira.Chat.Id).Where(m => m.Audio is not null), t => Assert.DoesNotContain("line 1:", t.Text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Track_LyricsTooLongForACaption_FollowAsAMessage()
    {
        _remote.Lyrics = string.Join('\n', Enumerable.Range(1, 60).Select(i => $"line {i}: na na na"));
        await using var bot = await StartAsync();

        await GenerateWithRemoteAsync();

        Assert.Equal(2, _emulator.MessagesIn(_mira.Chat.Id).Count(m => m.Text.StartsWith("📜 Lyrics: Neon Rain", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Track_BiggerThanTheUploadLimit_IsSentByUrlAndFetchedByTelegram()
    {
        await using var bot = await StartAsync(new() { ["MusicBot:Telegram:MaxUploadBytes"] = "2048" });

        await GenerateWithRemoteAsync();

        var tracks = _emulator.MessagesIn(_mira.Chat.Id).Where(m => m.Audio is not null).ToList();
        Assert.Equal(2, tracks.Count);
        Assert.All(tracks, t => Assert.True(t.Audio!.ViaUrl));
        Assert.All(_emulator.CallsTo("sendAudio"), c => Assert.StartsWith(_media.BaseUrl + "/audio/", c["audio"], StringComparison.Ordinal));
    }

    [Fact]
    public async Task Track_Over20MbUnderTheUploadLimit_IsUploadedNotSentByUrl()
    {
        _media.AudioSize = 21L * 1024 * 1024;
        await using var bot = await StartAsync();

        await GenerateWithRemoteAsync();

        var tracks = await WaitForTracksAsync(m => m.Audio is not null);
        Assert.All(tracks, t => Assert.Equal((21L * 1024 * 1024, false), (t.Audio!.Size, t.Audio.ViaUrl)));
        Assert.All(_emulator.CallsTo("sendAudio"), c => Assert.Equal("attach://0", c["audio"]));
    }

    [Fact]
    public async Task Track_Over20MbAndOverTheUploadLimit_IsLinkedBecauseTelegramWouldNotFetchIt()
    {
        // Telegram fetches at most 20 MB by URL: a 21 MB song past a 10 MB upload limit would be refused and lost.
        _media.AudioSize = 21L * 1024 * 1024;
        await using var bot = await StartAsync(new() { ["MusicBot:Telegram:MaxUploadBytes"] = (10 * 1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture) });

        await GenerateWithRemoteAsync();

        var links = await WaitForTracksAsync(m => m.Text.Contains("download it here", StringComparison.Ordinal));
        Assert.All(links, l => Assert.Contains("This file is 21 MB, more than Telegram lets a bot upload", l.Text, StringComparison.Ordinal));
        Assert.Contains($"<a href=\"{_media.BaseUrl}/audio/neon-1.mp3\">download it here</a>", links[0].Raw, StringComparison.Ordinal);
        Assert.Empty(_emulator.CallsTo("sendAudio"));
        Assert.Equal(0, Scalar(bot, "SELECT COUNT(*) FROM deliveries WHERE state = 'abandoned'"));
    }

    [Fact]
    public async Task Track_Over50Mb_IsLinkedWithItsSizeAndButtons()
    {
        _media.AudioSize = 51L * 1024 * 1024;
        await using var bot = await StartAsync();

        await GenerateWithRemoteAsync();

        var links = await WaitForTracksAsync(m => m.Text.Contains("download it here", StringComparison.Ordinal));
        Assert.All(links, l => Assert.Contains("This file is 51 MB, more than Telegram lets a bot upload", l.Text, StringComparison.Ordinal));
        Assert.All(links, l => Assert.Equal("🔁 Regenerate", l.AllButtons.First().Text));
        Assert.Empty(_emulator.CallsTo("sendAudio"));
    }

    [Fact]
    public async Task Wav_BiggerThanTheUploadLimit_IsOfferedAsTheProvidersDownloadLink()
    {
        await using var bot = await StartAsync(new() { ["MusicBot:Telegram:MaxUploadBytes"] = "2048" });
        await GenerateWithRemoteAsync();

        var progress = await _mira.SayAsync("/wav", matching: m => m.Edits.Count > 0);

        // Telegram fetches only MP3/M4A audio (and GIF, PDF, ZIP documents) by URL, so a WAV past the limit is a link.
        var link = await _emulator.WaitForMessageAsync(_mira.Chat.Id, m => m.ReplyToMessageId == progress.MessageId);
        Assert.EndsWith("more than Telegram lets a bot upload: download it here.", link.Text, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"{_media.BaseUrl}/wav/t1.wav\">download it here</a>", link.Raw, StringComparison.Ordinal);
        Assert.Empty(_emulator.CallsTo("sendDocument"));
    }

    [Fact]
    public async Task Notices_BotBlockedByTheUser_AreGivenUpInsteadOfRetried()
    {
        await using var bot = await StartAsync(new() { ["MusicBot:Providers:Local:StageDelay"] = "00:00:01.500" });
        await _mira.SayAsync("/style slow ambient");
        var progress = await _mira.SayAsync("/generate", matching: m => m.Edits.Count > 0);

        _emulator.Script.BlockBot(_mira.Chat);

        await _emulator.WaitUntilAsync(() => Scalar(bot, "SELECT COUNT(*) FROM tasks WHERE state = 'succeeded'") == 1, what: "the song to finish");
        await _emulator.WaitUntilAsync(() => Scalar(bot, "SELECT COUNT(*) FROM deliveries WHERE state = 'pending'") == 0, what: "the outbox to settle");
        Assert.Equal(0, Scalar(bot, "SELECT COUNT(*) FROM deliveries WHERE state = 'delivered'"));
        Assert.Equal(Scalar(bot, "SELECT COUNT(*) FROM deliveries"), Scalar(bot, "SELECT COUNT(*) FROM deliveries WHERE state = 'abandoned' AND attempts = 1"));
        Assert.Empty(progress.Edits.Skip(1));
    }

    private async Task GenerateWithRemoteAsync()
    {
        await _mira.SayAsync("/provider sunoapi");
        await _mira.SayAsync("/style synthwave");
        var progress = await _mira.SayAsync("/generate", matching: m => m.Edits.Count > 0);
        await _emulator.WaitUntilAsync(() => progress.Text.StartsWith("✅ Song", StringComparison.Ordinal), what: "the song to finish");
    }

    /// <summary>Both takes of the song, once each has arrived as a message of the given shape.</summary>
    private async Task<List<MusicBot.Emulators.Telegram.Model.BotMessage>> WaitForTracksAsync(Func<MusicBot.Emulators.Telegram.Model.BotMessage, bool> shape)
    {
        await _emulator.WaitUntilAsync(() => _emulator.MessagesIn(_mira.Chat.Id).Count(shape) == 2, what: "both takes");
        return [.. _emulator.MessagesIn(_mira.Chat.Id).Where(shape)];
    }

    private Task<TelegramBotHost> StartAsync(Dictionary<string, string?>? settings = null) =>
        TelegramBotHost.StartAsync(_emulator, settings, s => s.AddSingleton<IMusicProvider>(_remote));

    private static long Scalar(TelegramBotHost bot, string sql) => DatabaseFile.ScalarAsync<long>(bot.Data.Path, sql).GetAwaiter().GetResult();
}
