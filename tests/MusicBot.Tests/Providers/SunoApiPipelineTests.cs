using MusicBot.Core.Delivery;
using MusicBot.Emulators.Music.Common;
using MusicBot.Emulators.Music.SunoApi;
using MusicBot.Testing;
using MusicBot.Tests.Support;

namespace MusicBot.Tests.Providers;

/// <summary>A draft through the real pipeline to the sunoapi emulator and back to the user: with callbacks, and by polling only.</summary>
public sealed class SunoApiPipelineTests : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(40);
    private SunoApiEmulator _suno = null!;

    public async Task InitializeAsync() => _suno = await TestEmulators.SunoApiAsync();

    public async Task DisposeAsync() => await _suno.DisposeAsync();

    [Fact]
    public async Task Generate_WithCallbacks_EveryStageReachesTheUserAndBothTracksArrive()
    {
        await using var bot = await StartBotAsync(callbacks: true);

        await SongAsync(bot);
        await PipelineInvariants.WaitForAllFinishedAsync(bot.DataDirectory, bot.Channel, 1, Wait);

        Assert.Equal([NoticeKind.LyricsReady, NoticeKind.FirstTrackReady, NoticeKind.Track, NoticeKind.Track, NoticeKind.Completed], Kinds(bot));
        Assert.StartsWith(_suno.BaseUrl.AbsoluteUri + "stream/", bot.Channel.Accepted.Single(d => d.Notice.Kind == NoticeKind.FirstTrackReady).Notice.StreamUrl, StringComparison.Ordinal);
        await AssertTracksAsync(bot, [2.5, 3.0]);
        Assert.Empty(_suno.RequestsTo("/api/v1/generate/record-info"));
        Assert.All(_suno.Callbacks.Deliveries, d => Assert.True(d.IsAccepted));
        Assert.Equal(9, await DatabaseFile.ScalarAsync<long>(bot.DataDirectory, "SELECT balance FROM credit_accounts"));
        await PipelineInvariants.AssertHoldAsync(bot.DataDirectory, bot.Channel);
    }

    [Fact]
    public async Task Generate_PollingOnly_BothTracksArriveThroughRecordInfo()
    {
        await using var bot = await StartBotAsync(callbacks: false);

        await SongAsync(bot);
        await PipelineInvariants.WaitForAllFinishedAsync(bot.DataDirectory, bot.Channel, 1, Wait);

        Assert.Equal([NoticeKind.Track, NoticeKind.Track, NoticeKind.Completed], Kinds(bot).TakeLast(3));
        await AssertTracksAsync(bot, [2.5, 3.0]);
        Assert.NotEmpty(_suno.RequestsTo("/api/v1/generate/record-info"));
        Assert.All(_suno.Callbacks.Deliveries, d => Assert.Equal("unresolvable host", d.Response));
        await PipelineInvariants.AssertHoldAsync(bot.DataDirectory, bot.Channel);
    }

    [Theory]
    [InlineData(CallbackFault.Duplicate)]
    [InlineData(CallbackFault.OutOfOrder)]
    [InlineData(CallbackFault.Missing)]
    [InlineData(CallbackFault.MissingFinal)]
    public async Task Generate_CallbacksMisbehave_EachTrackArrivesExactlyOnce(CallbackFault fault)
    {
        _suno.Script(new SunoTaskScript { Callbacks = fault, RealShapes = fault == CallbackFault.OutOfOrder });
        await using var bot = await StartBotAsync(callbacks: true, new() { ["MusicBot:Providers:SunoApi:PollInterval"] = "00:00:00.300" });

        await SongAsync(bot);
        await PipelineInvariants.WaitForAllFinishedAsync(bot.DataDirectory, bot.Channel, 1, Wait);

        Assert.Equal([NoticeKind.Track, NoticeKind.Track, NoticeKind.Completed], Kinds(bot).TakeLast(3));
        await AssertTracksAsync(bot, [2.5, 3.0]);
        await PipelineInvariants.AssertHoldAsync(bot.DataDirectory, bot.Channel);
    }

    [Theory]
    [InlineData("400", 1, false, "rejected the request")]
    [InlineData("401", 1, false, "refused the bot's API key")]
    [InlineData("404", 1, false, "rejected the request")]
    [InlineData("405", 2, true, null)]
    [InlineData("413", 1, false, "too long")]
    [InlineData("429", 1, false, "account is out of credits")]
    [InlineData("430", 2, true, null)]
    [InlineData("455", 4, true, null)]
    [InlineData("500", 1, true, null)]
    public async Task Generate_SubmitAnsweredWithADocumentedCode_SucceedsAfterRetryOrFailsRefundedWithTheReason(string code, int times, bool succeeds, string? message)
    {
        _suno.Faults.Add("generate", new Fault.Business(code, "from the emulator"), times);
        await using var bot = await StartBotAsync(callbacks: false);

        await SongAsync(bot);
        await PipelineInvariants.WaitForAllFinishedAsync(bot.DataDirectory, bot.Channel, 1, Wait);

        var last = bot.Channel.Accepted.Last().Notice;
        Assert.Equal(succeeds ? NoticeKind.Completed : NoticeKind.Failed, last.Kind);
        if (message is not null)
        {
            Assert.Contains(message, last.FailureMessage, StringComparison.Ordinal);
            Assert.Equal(1, last.Credits);
        }

        Assert.True(_suno.Tasks.Count <= 1);
        // Each refusal answered one submit: the HTTP client sent none twice, and Core tried a transient one again later.
        Assert.Equal(succeeds ? times + 1 : 1, _suno.RequestsTo("/api/v1/generate").Count());
        await PipelineInvariants.AssertHoldAsync(bot.DataDirectory, bot.Channel);
    }

    [Fact]
    public async Task Generate_PollsFailSlowOrInMaintenance_StillCompletes()
    {
        _suno.Faults.Add("record-info", new Fault.Http(500), 3);
        _suno.Faults.Add("record-info", new Fault.Slow(TimeSpan.FromMilliseconds(600)), 2);
        _suno.Faults.Add("record-info", new Fault.Business("455", "System maintenance"), 2);
        _suno.Faults.Add("record-info", new Fault.Http(502, "<html>bad gateway</html>"), 5);
        await using var bot = await StartBotAsync(callbacks: false);

        await SongAsync(bot);
        await PipelineInvariants.WaitForAllFinishedAsync(bot.DataDirectory, bot.Channel, 1, Wait);

        Assert.Equal(NoticeKind.Completed, bot.Channel.Accepted.Last().Notice.Kind);
        await PipelineInvariants.AssertHoldAsync(bot.DataDirectory, bot.Channel);
    }

    [Fact]
    public async Task Generate_SubmitAnswerLostWithoutCallbacks_RefundsAndNeverSendsItAgain()
    {
        _suno.Faults.Add("generate", new Fault.AcceptThenStall(TimeSpan.FromSeconds(6)));
        await using var bot = await StartBotAsync(callbacks: false, new() { ["MusicBot:Providers:SunoApi:AttemptTimeout"] = "00:00:02" });

        await SongAsync(bot);
        await PipelineInvariants.WaitForAllFinishedAsync(bot.DataDirectory, bot.Channel, 1, Wait);

        var failed = bot.Channel.Accepted.Single().Notice;
        Assert.Contains("did not answer the request in time", failed.FailureMessage, StringComparison.Ordinal);
        await PipelineHost.WaitUntilAsync(() => Task.FromResult(_suno.Tasks.Count == _suno.RequestsTo("/api/v1/generate").Count()), Wait);
        Assert.InRange(_suno.Tasks.Count, 0, 1);
        await PipelineInvariants.AssertHoldAsync(bot.DataDirectory, bot.Channel);
    }

    [Fact]
    public async Task Generate_SubmitAnswerLostWithCallbacks_TheCallbackConfirmsTheTaskAndTheSongArrives()
    {
        _suno.Faults.Add("generate", new Fault.AcceptThenStall(TimeSpan.FromSeconds(6)));
        await using var bot = await StartBotAsync(callbacks: true, new() { ["MusicBot:Providers:SunoApi:AttemptTimeout"] = "00:00:02" });

        await SongAsync(bot);
        await PipelineInvariants.WaitForAllFinishedAsync(bot.DataDirectory, bot.Channel, 1, Wait);

        Assert.Equal(NoticeKind.Completed, bot.Channel.Accepted.Last().Notice.Kind);
        Assert.Equal(_suno.Tasks.Single().Id, await DatabaseFile.ScalarAsync<string>(bot.DataDirectory, "SELECT provider_task_id FROM tasks"));
        Assert.Single(_suno.RequestsTo("/api/v1/generate"));
        await PipelineInvariants.AssertHoldAsync(bot.DataDirectory, bot.Channel);
    }

    [Theory]
    [InlineData("GENERATE_AUDIO_FAILED", 501, "could not make this song")]
    [InlineData("SENSITIVE_WORD_ERROR", 400, "refused the content")]
    public async Task Generate_TaskFailsAtTheProvider_RefundsWithTheReason(string status, int code, string message)
    {
        _suno.Script(new SunoTaskScript { FailStatus = status, FailCode = code, FailMessage = "content check failed" });
        await using var bot = await StartBotAsync(callbacks: true);

        await SongAsync(bot);
        await PipelineInvariants.WaitForAllFinishedAsync(bot.DataDirectory, bot.Channel, 1, Wait);

        Assert.Contains(message, bot.Channel.Accepted.Single().Notice.FailureMessage, StringComparison.Ordinal);
        Assert.Equal(10, await DatabaseFile.ScalarAsync<long>(bot.DataDirectory, "SELECT balance FROM credit_accounts"));
        await PipelineInvariants.AssertHoldAsync(bot.DataDirectory, bot.Channel);
    }

    [Fact]
    public async Task Generate_ProviderNeverFinishes_TimesOutAndRefunds()
    {
        _suno.Script(new SunoTaskScript { Hang = true });
        await using var bot = await StartBotAsync(callbacks: false, new() { ["MusicBot:Generation:TaskTimeout"] = "00:00:02" });

        await SongAsync(bot);
        await PipelineInvariants.WaitForAllFinishedAsync(bot.DataDirectory, bot.Channel, 1, Wait);

        Assert.Equal("timed_out", await DatabaseFile.ScalarAsync<string>(bot.DataDirectory, "SELECT state FROM tasks"));
        await PipelineInvariants.AssertHoldAsync(bot.DataDirectory, bot.Channel);
    }

    [Fact]
    public async Task Generate_ManySongsAtOnce_StayWithinTheRequestBudget()
    {
        await using var bot = await StartBotAsync(callbacks: false, new()
        {
            ["MusicBot:Providers:SunoApi:RequestBudget"] = "4",
            ["MusicBot:Providers:SunoApi:RequestBudgetWindow"] = "00:00:01",
            ["MusicBot:Generation:MaxConcurrentTasksPerProvider"] = "10",
        });
        string[] users = ["ann", "ben", "cat", "dan", "eve", "fay"];
        var started = DateTimeOffset.UtcNow;

        foreach (var user in users)
        {
            await bot.SayAsync("/style chill lo-fi beat with rain", user);
            await bot.SayAsync("/generate", user);
        }

        await PipelineInvariants.WaitForAllFinishedAsync(bot.DataDirectory, bot.Channel, users.Length, TimeSpan.FromSeconds(90));
        var seconds = Math.Ceiling((DateTimeOffset.UtcNow - started).TotalSeconds);
        Assert.Equal(users.Length, bot.Channel.Accepted.Count(d => d.Notice.Kind == NoticeKind.Completed));
        // Six songs polled every 50 ms would make hundreds of calls; the budget allows four per second (plus one
        // window's worth at the start), whatever the network's jitter.
        var calls = _suno.Requests.Count(r => r.Path.StartsWith("/api/v1/", StringComparison.Ordinal));
        Assert.InRange(calls, users.Length * 2, 4 * (seconds + 1));
        await PipelineInvariants.AssertHoldAsync(bot.DataDirectory, bot.Channel);
    }

    private Task<ProviderBotHost> StartBotAsync(bool callbacks, Dictionary<string, string?>? extra = null) =>
        ProviderBotHost.StartAsync(ProviderSettings.For("sunoapi", "SunoApi", _suno, callbacks, extra), callbacks);

    private static async Task SongAsync(ProviderBotHost bot)
    {
        await bot.SayAsync("/style dream pop, shimmering guitars");
        await bot.SayAsync("/title Quiet Tune");
        await bot.SayAsync("/lyrics [Verse] Streetlights hum a quiet tune [Chorus] Stay a while");
        var reply = Assert.IsType<Core.Chat.GenerateReply>(await bot.SayAsync("/generate"));
        Assert.IsType<Core.Generation.GenerateOutcome.Queued>(reply.Outcome);
    }

    private static List<NoticeKind> Kinds(ProviderBotHost bot) => [.. bot.Channel.Accepted.Select(d => d.Notice.Kind)];

    private static async Task AssertTracksAsync(ProviderBotHost bot, double[] durations)
    {
        var tracks = bot.Channel.Accepted.Where(d => d.Notice.Kind == NoticeKind.Track).Select(d => d.Notice.Track!).ToList();
        Assert.Equal(durations, tracks.Select(t => t.DurationSeconds!.Value));
        Assert.All(tracks, t => Assert.True(t.Title is { Length: > 0 } && t.ImageUrl is not null && t.HasAudio, t.ToString()));
        using var http = new HttpClient();
        foreach (var track in tracks)
        {
            Assert.Equal("RIFF"u8.ToArray(), (await http.GetByteArrayAsync(track.AudioUrl))[..4]);
        }
    }
}
