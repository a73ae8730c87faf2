using Microsoft.Extensions.Configuration;
using MusicBot.Emulators.Music.SunoApi;
using MusicBot.Emulators.Telegram;
using MusicBot.Infrastructure.Providers;
using MusicBot.Telegram.Tests.Support;
using MusicBot.Testing;

namespace MusicBot.Telegram.Tests.EndToEnd;

/// <summary>
/// The private-chat flow with the real sunoapi client against the sunoapi emulator (polling only, no callbacks):
/// the provider's own HTTP contract, task states and file host, end to end to the user's chat.
/// <see cref="RemoteStyleProvider"/> stays for what the emulator does not do (custom lyrics lengths, huge files).
/// </summary>
public sealed class SunoApiEmulatorTests : IAsyncLifetime
{
    private SunoApiEmulator _suno = null!;
    private TelegramEmulator _emulator = null!;
    private TelegramBotHost _bot = null!;
    private Conversation _mira = null!;

    public async Task InitializeAsync()
    {
        // MP3 tracks and JPEG covers, like the live service links to: Telegram plays only those and takes only JPEG thumbnails.
        _suno = await StartSunoAsync();
        _emulator = await TelegramEmulator.StartAsync(new EmulatorOptions { Flood = EmulatorFlood.Scaled });
        var mira = _emulator.Script.User(210000001, "Mira", "mira_sings");
        _mira = new Conversation(_emulator, _emulator.Script.PrivateChat(mira), mira);
        var settings = new Dictionary<string, string?>
        {
            ["MusicBot:Providers:SunoApi:BaseUrl"] = _suno.BaseUrl.AbsoluteUri,
            ["MusicBot:Providers:SunoApi:ApiKey"] = _suno.ApiKey,
            ["MusicBot:Providers:SunoApi:PollInterval"] = "00:00:00.050",
            ["MusicBot:Providers:SunoApi:RetryDelay"] = "00:00:00.010",
        };

        // As Program.cs composes it: the remote providers next to the adapter, registered from the same settings.
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        _bot = await TelegramBotHost.StartAsync(_emulator, settings, s => s.AddRemoteMusicProviders(configuration));
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _emulator.DisposeAsync();
        await _suno.DisposeAsync();
    }

    [Fact]
    public async Task Generate_PrivateChatWithSunoApi_BothTracksArriveAsAudioWithTitleDurationAndCover()
    {
        Assert.Contains("Provider set.", (await _mira.SayAsync("/provider sunoapi")).Text, StringComparison.Ordinal);
        await _mira.SayAsync("/style synthwave, neon & night drive");
        await _mira.SayAsync("/title Neon <Rain>");
        var question = await _mira.SayAsync("/lyrics");
        await _mira.SayAsync("[Verse]\nNeon rain on an empty street", replyTo: question.MessageId);

        var progress = await _mira.SayAsync("/generate", matching: m => m.Edits.Count > 0);
        await _emulator.WaitUntilAsync(() => progress.Text.StartsWith("✅ Song #1", StringComparison.Ordinal), what: "the progress message to say done");
        await _emulator.WaitUntilAsync(() => _emulator.MessagesIn(_mira.Chat.Id).Count(m => m.Audio is not null) == 2, what: "both tracks");

        Assert.StartsWith("⏳ Song #1 queued (position 1) with sunoapi", progress.Edits[0], StringComparison.Ordinal);
        Assert.StartsWith("✅ Song #1 (Neon <Rain>) done: 2 tracks, 1 credit charged.", progress.Text, StringComparison.Ordinal);
        var task = Assert.Single(_suno.Tasks);
        // Polling only: the bot has no public address, so the emulator's callbacks go nowhere and record-info carries the song.
        Assert.All(_suno.Callbacks.Deliveries, d => Assert.Equal("unresolvable host", d.Response));
        Assert.NotEmpty(_suno.RequestsTo("/api/v1/generate/record-info"));
        var sent = Assert.Single(_suno.RequestsTo("/api/v1/generate"));
        Assert.Contains("Neon rain on an empty street", sent.Body, StringComparison.Ordinal);

        var tracks = _emulator.MessagesIn(_mira.Chat.Id).Where(m => m.Audio is not null).ToList();
        Assert.All(tracks, t => Assert.Equal(progress.MessageId, t.ReplyToMessageId));
        Assert.All(tracks, t => Assert.Equal(("Neon <Rain>", "MusicBot", "audio/mpeg", true, false), (t.Audio!.Title, t.Audio.Performer, t.Audio.MimeType, t.Audio.HasThumbnail, t.Audio.ViaUrl)));
        // The emulator's takes last 2.5 s and 3.0 s; Telegram takes whole seconds (the bot rounds half to even).
        Assert.Equal([2, 3], tracks.Select(t => t.Audio!.Duration));
        Assert.Equal(task.Tracks.Select(t => AudioSize(t.Duration)), tracks.Select(t => t.Audio!.Size));
        Assert.All(tracks, t => Assert.Contains("Regenerate", t.AllButtons.First().Text, StringComparison.Ordinal));

        Assert.Contains("You have <b>9 credits</b>", (await _mira.SayAsync("/credits")).Raw, StringComparison.Ordinal);
        Assert.Equal(0, await DatabaseFile.LedgerMismatchesAsync(_bot.Data.Path));
        Assert.Equal(1, await DatabaseFile.ScalarAsync<long>(_bot.Data.Path, "SELECT COUNT(*) FROM credit_ledger WHERE kind = 'capture'"));
        Assert.Equal(0, await DatabaseFile.ScalarAsync<long>(_bot.Data.Path, "SELECT COUNT(*) FROM credit_ledger WHERE kind = 'refund'"));
        Assert.DoesNotContain(_emulator.Token, _bot.Logs.All, StringComparison.Ordinal);
        Assert.DoesNotContain(_suno.ApiKey, _bot.Logs.All, StringComparison.Ordinal);
    }

    private static async Task<SunoApiEmulator> StartSunoAsync()
    {
        var suno = new SunoApiEmulator { StageDelay = TimeSpan.FromMilliseconds(300) };
        suno.Files.RealFormats = true;
        await suno.StartAsync();
        return suno;
    }

    private static long AudioSize(double seconds) => Emulators.Music.Common.AudioLibrary.Mp3(seconds).LongLength;
}
