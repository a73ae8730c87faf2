using System.Net.Http.Json;
using System.Text.Json;
using MusicBot.Emulators.Telegram;
using MusicBot.Emulators.Telegram.Model;
using MusicBot.Telegram.Tests.Support;
using MusicBot.Testing;

namespace MusicBot.Telegram.Tests.EndToEnd;

/// <summary>
/// The offline song in both worlds: with ffmpeg each take is an MP3 in Telegram's music player (sendAudio with title,
/// performer and duration, the file tagged alike) and /wav still gives the lossless file as a document; without
/// ffmpeg on PATH the real binary says so at start-up and the takes arrive as WAV documents.
/// </summary>
public sealed class OfflineAudioTests : IAsyncLifetime, IDisposable
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

    [FfmpegFact]
    public async Task Generate_WithFfmpeg_EachTakeArrivesBySendAudioAsATaggedMp3AndWavStillGivesTheWav()
    {
        await using var bot = await TelegramBotHost.StartAsync(_emulator, data: _data);
        await _mira.SayAsync("/style lo-fi piano, rainy night");
        await _mira.SayAsync("/title Drizzle <at> \"dawn\"");

        await GenerateAsync(1);

        var takes = _emulator.MessagesIn(_mira.Chat.Id).Where(m => m.Audio is not null).ToList();
        Assert.Equal(["song-1-1.mp3", "song-1-2.mp3"], takes.Select(t => t.Audio!.FileName));
        Assert.All(takes, t => Assert.Equal(("audio/mpeg", "MusicBot", false), (t.Audio!.MimeType, t.Audio.Performer, t.Audio.ViaUrl)));
        Assert.Equal(["Drizzle <at> \"dawn\" (take 1)", "Drizzle <at> \"dawn\" (take 2)"], takes.Select(t => t.Audio!.Title));
        Assert.DoesNotContain(_emulator.MessagesIn(_mira.Chat.Id), m => m.Document is not null);
        Assert.All(takes, t => Assert.Equal(["🔁 Regenerate", "➕ Extend", "💿 WAV", "🎚 Stems"], t.AllButtons.Select(b => b.Text)));

        var uploads = _emulator.CallsTo("sendAudio").Select(c => Upload(c, "audio")).ToList();
        var encoder = AudioWorld.Encoder(null);
        for (var i = 0; i < takes.Count; i++)
        {
            var file = Path.Combine(_data.Path, $"upload-{i}.mp3");
            await File.WriteAllBytesAsync(file, uploads[i].Content);
            var info = (await encoder.ProbeAsync(file, CancellationToken.None))!;
            Assert.Equal(("mp3", takes[i].Audio!.Title, "MusicBot"), (info.Codec, info.Title, info.Artist));
            Assert.True(takes[i].Audio!.Duration >= 8, $"duration {takes[i].Audio!.Duration}");
            Assert.InRange(info.Duration.TotalSeconds - takes[i].Audio!.Duration, -0.6, 0.7);
        }

        var wav = await _mira.SayAsync("/wav 1 2", matching: m => m.Edits.Count > 0);
        await _emulator.WaitUntilAsync(() => wav.Text.StartsWith('✅'), what: "the WAV copy to finish");
        var document = await _emulator.WaitForMessageAsync(_mira.Chat.Id, m => m.Document is { MimeType: "audio/wav" });
        Assert.Equal("song-2-1.wav", document.Document!.FileName);
        var master = Directory.GetFiles(Path.Combine(_data.Path, "tracks"), "*-2.wav").Single(f => !Path.GetFileName(f).Contains("-wav", StringComparison.Ordinal));
        Assert.Equal(await File.ReadAllBytesAsync(master), document.Document.Content);
    }

    [Fact]
    public async Task Generate_BotProcessWithoutFfmpegOnPath_SaysWhyAtStartUpAndSendsWavDocuments()
    {
        var emptyPath = Path.Combine(_data.Path, "path-without-ffmpeg");
        Directory.CreateDirectory(emptyPath);
        await using var bot = TelegramBotProcess.Start(_emulator, _data.Path, new Dictionary<string, string>
        {
            ["PATH"] = emptyPath,
            ["MusicBot__Providers__Local__StageDelay"] = "00:00:00.100",
        });
        var readyz = new Uri(await bot.WaitForListeningAsync(TimeSpan.FromSeconds(60)), "readyz");
        await bot.WaitForErrorOutputAsync("Audio: WAV, because ffmpeg is not on PATH.", TimeSpan.FromSeconds(60));

        Assert.Contains("Audio: WAV, because ffmpeg is not on PATH. For MP3 that plays in Telegram's music player", bot.Output, StringComparison.Ordinal);
        Assert.Contains("apt-get install ffmpeg", bot.Output, StringComparison.Ordinal);
        await _mira.SayAsync("/style lo-fi piano, rainy night");
        await GenerateAsync(1);

        var takes = _emulator.MessagesIn(_mira.Chat.Id).Where(m => m.Document is not null).ToList();
        Assert.Equal(["song-1-1.wav", "song-1-2.wav"], takes.Select(t => t.Document!.FileName));
        Assert.All(takes, t => Assert.Equal("audio/wav", t.Document!.MimeType));
        Assert.Empty(_emulator.CallsTo("sendAudio"));
        Assert.Empty(Directory.GetFiles(Path.Combine(_data.Path, "tracks"), "*.mp3"));

        using var http = new HttpClient();
        using var report = JsonDocument.Parse(await http.GetStringAsync(readyz));
        var audio = report.RootElement.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "audio");
        Assert.Equal("healthy", audio.GetProperty("status").GetString());
        Assert.StartsWith("WAV, because ffmpeg is not on PATH.", audio.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    /// <summary>The file a parameter carries: its own part, or the part it names as <c>attach://name</c> (Telegram.Bot's way).</summary>
    private static UploadedFile Upload(RecordedCall call, string parameter) =>
        call[parameter] is { } value && value.StartsWith("attach://", StringComparison.Ordinal) ? call.Files[value["attach://".Length..]] : call.Files[parameter];

    private async Task GenerateAsync(int song)
    {
        var progress = await _mira.SayAsync("/generate", matching: m => m.Edits.Count > 0);
        await _emulator.WaitUntilAsync(() => progress.Text.StartsWith($"✅ Song #{song}", StringComparison.Ordinal), TimeSpan.FromSeconds(120), "the song to finish");
        await _emulator.WaitUntilAsync(
            () => _emulator.MessagesIn(_mira.Chat.Id).Count(m => m.ReplyToMessageId == progress.MessageId && (m.Audio ?? (object?)m.Document) is not null) == 2,
            TimeSpan.FromSeconds(60),
            "both takes");
    }
}
