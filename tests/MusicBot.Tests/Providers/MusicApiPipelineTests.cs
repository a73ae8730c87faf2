using MusicBot.Core.Delivery;
using MusicBot.Emulators.Music.Common;
using MusicBot.Emulators.Music.MusicApi;
using MusicBot.Testing;
using MusicBot.Tests.Support;

namespace MusicBot.Tests.Providers;

/// <summary>A draft through the real pipeline to the MusicAPI emulator: signed webhooks, or polling only.</summary>
public sealed class MusicApiPipelineTests : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(40);
    private MusicApiEmulator _api = null!;

    public async Task InitializeAsync() => _api = await TestEmulators.MusicApiAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task Generate_WithSignedWebhook_BothTracksArrive()
    {
        await using var bot = await StartBotAsync(callbacks: true);

        await SongAsync(bot);
        await PipelineInvariants.WaitForAllFinishedAsync(bot.DataDirectory, bot.Channel, 1, Wait);

        Assert.Equal([NoticeKind.Track, NoticeKind.Track, NoticeKind.Completed], bot.Channel.Accepted.Select(d => d.Notice.Kind));
        await AssertTracksAsync(bot);
        Assert.DoesNotContain(_api.Requests, r => r.Path.StartsWith("/api/v1/sonic/task/", StringComparison.Ordinal));
        await PipelineHost.WaitUntilAsync(() => Task.FromResult(!_api.Callbacks.Deliveries.IsEmpty), Wait);
        Assert.True(Assert.Single(_api.Callbacks.Deliveries).IsAccepted);
        await PipelineInvariants.AssertHoldAsync(bot.DataDirectory, bot.Channel);
    }

    [Fact]
    public async Task Generate_PollingOnly_StreamsThenDeliversBothTracks()
    {
        await using var bot = await StartBotAsync(callbacks: false);

        await SongAsync(bot);
        await PipelineInvariants.WaitForAllFinishedAsync(bot.DataDirectory, bot.Channel, 1, Wait);

        Assert.Equal([NoticeKind.FirstTrackReady, NoticeKind.Track, NoticeKind.Track, NoticeKind.Completed], bot.Channel.Accepted.Select(d => d.Notice.Kind));
        await AssertTracksAsync(bot);
        Assert.Empty(_api.Callbacks.Deliveries);
        await PipelineInvariants.AssertHoldAsync(bot.DataDirectory, bot.Channel);
    }

    [Theory]
    [InlineData(CallbackFault.Duplicate)]
    [InlineData(CallbackFault.Missing)]
    public async Task Generate_WebhookDuplicatedOrMissing_EachTrackArrivesOnce(CallbackFault fault)
    {
        _api.Script(new MusicApiTaskScript { Callbacks = fault, WebhookAtStreaming = true });
        await using var bot = await StartBotAsync(callbacks: true, new() { ["MusicBot:Providers:MusicApi:PollInterval"] = "00:00:00.300" });

        await SongAsync(bot);
        await PipelineInvariants.WaitForAllFinishedAsync(bot.DataDirectory, bot.Channel, 1, Wait);

        Assert.Equal([NoticeKind.Track, NoticeKind.Track, NoticeKind.Completed], bot.Channel.Accepted.Select(d => d.Notice.Kind).TakeLast(3));
        await PipelineInvariants.AssertHoldAsync(bot.DataDirectory, bot.Channel);
    }

    [Fact]
    public async Task Generate_TaskFails_RefundsWithTheReason()
    {
        _api.Script(new MusicApiTaskScript { FailMessage = "Upstream generation failed" });
        await using var bot = await StartBotAsync(callbacks: true);

        await SongAsync(bot);
        await PipelineInvariants.WaitForAllFinishedAsync(bot.DataDirectory, bot.Channel, 1, Wait);

        Assert.Contains("Upstream generation failed", bot.Channel.Accepted.Single().Notice.FailureMessage, StringComparison.Ordinal);
        await PipelineInvariants.AssertHoldAsync(bot.DataDirectory, bot.Channel);
    }

    [Fact]
    public async Task Generate_BotAccountOutOfCredits_RefundsAndSaysTheBotsAccountIsEmpty()
    {
        _api.Credits = 0;
        await using var bot = await StartBotAsync(callbacks: false);

        await SongAsync(bot);
        await PipelineInvariants.WaitForAllFinishedAsync(bot.DataDirectory, bot.Channel, 1, Wait);

        Assert.Contains("The bot's musicapi account is out of credits", bot.Channel.Accepted.Single().Notice.FailureMessage, StringComparison.Ordinal);
        Assert.Equal(10, await DatabaseFile.ScalarAsync<long>(bot.DataDirectory, "SELECT balance FROM credit_accounts"));
        await PipelineInvariants.AssertHoldAsync(bot.DataDirectory, bot.Channel);
    }

    [Fact]
    public async Task Generate_SubmitAnswerLostWithWebhooks_TheWebhookFinishesTheSongOnce()
    {
        // The webhook body names no task, so only the task reference in its address can match it.
        _api.Faults.Add("create", new Fault.AcceptThenStall(TimeSpan.FromSeconds(6)));
        await using var bot = await StartBotAsync(callbacks: true, new() { ["MusicBot:Providers:MusicApi:AttemptTimeout"] = "00:00:02" });

        await SongAsync(bot);
        await PipelineInvariants.WaitForAllFinishedAsync(bot.DataDirectory, bot.Channel, 1, Wait);

        Assert.Equal(NoticeKind.Completed, bot.Channel.Accepted.Last().Notice.Kind);
        Assert.Single(_api.RequestsTo("/api/v1/sonic/create"));
        await PipelineInvariants.AssertHoldAsync(bot.DataDirectory, bot.Channel);
    }

    private Task<ProviderBotHost> StartBotAsync(bool callbacks, Dictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?> { ["MusicBot:Providers:MusicApi:WebhookSecret"] = "bot-webhook-secret" };
        foreach (var (key, value) in extra ?? [])
        {
            settings[key] = value;
        }

        return ProviderBotHost.StartAsync(ProviderSettings.For("musicapi", "MusicApi", _api, callbacks, settings), callbacks);
    }

    private static async Task SongAsync(ProviderBotHost bot)
    {
        await bot.SayAsync("/style synthwave, neon");
        await bot.SayAsync("/title Harbor Lights");
        await bot.SayAsync("/lyrics [Verse] Neon on the water [Chorus] Harbor lights");
        Assert.IsType<Core.Generation.GenerateOutcome.Queued>(Assert.IsType<Core.Chat.GenerateReply>(await bot.SayAsync("/generate")).Outcome);
    }

    private static async Task AssertTracksAsync(ProviderBotHost bot)
    {
        var tracks = bot.Channel.Accepted.Where(d => d.Notice.Kind == NoticeKind.Track).Select(d => d.Notice.Track!).ToList();
        Assert.Equal([3.5, 4.0], tracks.Select(t => t.DurationSeconds!.Value));
        Assert.All(tracks, t => Assert.True(t.Title == "Harbor Lights" && t.ImageUrl is not null && t.HasAudio, t.ToString()));
        using var http = new HttpClient();
        Assert.Equal("RIFF"u8.ToArray(), (await http.GetByteArrayAsync(tracks[0].AudioUrl))[..4]);
    }
}
