using Microsoft.Extensions.DependencyInjection;
using MusicBot.Core.Delivery;
using MusicBot.Emulators.Music.Topview;
using MusicBot.Infrastructure.Providers.Callbacks;
using MusicBot.Testing;
using MusicBot.Tests.Support;

namespace MusicBot.Tests.Providers;

/// <summary>A draft through the real pipeline to the Topview emulator: its notice callback (acknowledged as documented), or polling.</summary>
public sealed class TopviewPipelineTests : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(40);
    private TopviewEmulator _topview = null!;

    public async Task InitializeAsync() => _topview = await TestEmulators.TopviewAsync();

    public async Task DisposeAsync() => await _topview.DisposeAsync();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Generate_WithNoticeCallback_TracksArriveAndTheCallbackIsAcknowledged(bool resultAsString)
    {
        _topview.OutputsPerTask = 2;
        _topview.Script(new TopviewTaskScript { ResultAsString = resultAsString });
        await using var bot = await StartBotAsync(callbacks: true);

        await SongAsync(bot);
        await PipelineInvariants.WaitForAllFinishedAsync(bot.DataDirectory, bot.Channel, 1, Wait);

        Assert.Equal([NoticeKind.Track, NoticeKind.Track, NoticeKind.Completed], bot.Channel.Accepted.Select(d => d.Notice.Kind));
        AssertTracks(bot, [4.0, 5.0]);
        // The emulator judges the acknowledgement when the answer reaches it, which can be after the user got the song.
        var acknowledgements = _topview.Tasks.Single().Acknowledgements;
        await PipelineHost.WaitUntilAsync(() => Task.FromResult(!acknowledgements.IsEmpty), Wait);
        Assert.Equal([true], acknowledgements);
        Assert.Empty(_topview.RequestsTo("/v1/common_task/ai_music/task/query"));
        await PipelineInvariants.AssertHoldAsync(bot.DataDirectory, bot.Channel);
    }

    [Fact]
    public async Task Generate_PollingOnly_TheDocumentedSingleOutputArrives()
    {
        await using var bot = await StartBotAsync(callbacks: false);

        await SongAsync(bot);
        await PipelineInvariants.WaitForAllFinishedAsync(bot.DataDirectory, bot.Channel, 1, Wait);

        Assert.Equal([NoticeKind.Track, NoticeKind.Completed], bot.Channel.Accepted.Select(d => d.Notice.Kind));
        AssertTracks(bot, [4.0]);
        Assert.Equal(99, _topview.Credits);
        await PipelineInvariants.AssertHoldAsync(bot.DataDirectory, bot.Channel);
    }

    [Fact]
    public async Task Generate_BotAccountOutOfCredits_Refunds()
    {
        _topview.Credits = 0;
        await using var bot = await StartBotAsync(callbacks: false);

        await SongAsync(bot);
        await PipelineInvariants.WaitForAllFinishedAsync(bot.DataDirectory, bot.Channel, 1, Wait);

        Assert.Contains("The bot's topview account is out of credits", bot.Channel.Accepted.Single().Notice.FailureMessage, StringComparison.Ordinal);
        await PipelineInvariants.AssertHoldAsync(bot.DataDirectory, bot.Channel);
    }

    [Fact]
    public async Task Generate_TaskFails_RefundsWithTheReason()
    {
        _topview.Script(new TopviewTaskScript { FailMessage = "music moderation failed" });
        await using var bot = await StartBotAsync(callbacks: true);

        await SongAsync(bot);
        await PipelineInvariants.WaitForAllFinishedAsync(bot.DataDirectory, bot.Channel, 1, Wait);

        Assert.Contains("music moderation failed", bot.Channel.Accepted.Single().Notice.FailureMessage, StringComparison.Ordinal);
        Assert.Equal(10, await DatabaseFile.ScalarAsync<long>(bot.DataDirectory, "SELECT balance FROM credit_accounts"));
        await PipelineInvariants.AssertHoldAsync(bot.DataDirectory, bot.Channel);
    }

    // A null output once threw NullReferenceException while mapping (HTTP 500, so Topview retried it): it is a malformed body.
    [Fact]
    public async Task Callback_WithANullOutput_Is400AndTheStoreIsUntouched()
    {
        await using var bot = await StartBotAsync(callbacks: true);
        using var http = new HttpClient();
        var secret = bot.Services.GetRequiredService<CallbackSecret>().Value;
        const string body = """{"uuid":"u1","taskId":"t1","status":"success","result":{"taskId":"t1","status":"success","outputs":[null]}}""";
        const string rows = "SELECT (SELECT COUNT(*) FROM provider_callbacks) + (SELECT COUNT(*) FROM tasks) + (SELECT COUNT(*) FROM tracks)";
        var before = await DatabaseFile.ScalarAsync<long>(bot.DataDirectory, rows);

        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(new Uri(bot.Address, $"callbacks/topview/{secret}?ref=task-1"), content);

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await DatabaseFile.ScalarAsync<long>(bot.DataDirectory, rows));
    }

    private Task<ProviderBotHost> StartBotAsync(bool callbacks) => ProviderBotHost.StartAsync(
        ProviderSettings.For("topview", "Topview", _topview, callbacks, new() { ["MusicBot:Providers:Topview:Uid"] = _topview.Uid }), callbacks);

    private static async Task SongAsync(ProviderBotHost bot)
    {
        await bot.SayAsync("/style lo-fi, warm piano");
        await bot.SayAsync("/title Warm Piano");
        await bot.SayAsync("/lyrics [Verse] Coffee rings and paper planes");
        Assert.IsType<Core.Generation.GenerateOutcome.Queued>(Assert.IsType<Core.Chat.GenerateReply>(await bot.SayAsync("/generate")).Outcome);
    }

    /// <summary>Topview reports no title, cover or length: the title is the draft's, the length is read from the audio, there is no cover.</summary>
    private static void AssertTracks(ProviderBotHost bot, double[] durations)
    {
        var tracks = bot.Channel.Accepted.Where(d => d.Notice.Kind == NoticeKind.Track).Select(d => d.Notice.Track!).ToList();
        Assert.Equal(durations, tracks.Select(t => Math.Round(t.DurationSeconds!.Value, 2)));
        Assert.All(tracks, t => Assert.True(t.Title == "Warm Piano" && t.HasAudio && t.ImageUrl is null, t.ToString()));
    }
}
