using Microsoft.Extensions.Logging;
using MusicBot.Core.Providers;
using MusicBot.Emulators.Music.Common;
using MusicBot.Emulators.Music.Topview;
using MusicBot.Infrastructure.Providers.Remote;
using MusicBot.Infrastructure.Providers.Topview;
using MusicBot.Infrastructure.Tests.Support;

namespace MusicBot.Infrastructure.Tests.Providers.Topview;

/// <summary>The Topview provider against its emulator.</summary>
public sealed class TopviewProviderTests : IAsyncLifetime
{
    private EmulatedProvider<TopviewEmulator> _topview = null!;

    private IMusicProvider Provider => _topview.Provider(ProviderNames.Topview);

    private TopviewEmulator Emulator => _topview.Emulator;

    public async Task InitializeAsync()
    {
        var emulator = new TopviewEmulator();
        _topview = await Emulated.StartAsync(emulator, "Topview", new() { ["MusicBot:Providers:Topview:Uid"] = emulator.Uid });
    }

    public async Task DisposeAsync() => await _topview.DisposeAsync();

    [Fact]
    public async Task SubmitAsync_Song_SendsBothHeadersAndTheDocumentedFields()
    {
        Assert.True((await Provider.SubmitAsync(Requests.Song(ProviderNames.Topview, "Topview Music"), "task-1", CancellationToken.None)).IsAccepted);

        var sent = Assert.Single(Emulator.RequestsTo("/v1/common_task/ai_music/task/submit"));
        var body = Fixtures.Object(sent.Body);
        Assert.Equal(["enhancePrompt", "instrumental", "lyrics", "model", "styles"], body.Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.Equal(("emulator-uid", "Bearer emulator-key"), (sent.Headers["Topview-Uid"], sent.Headers["Authorization"]));
    }

    [Fact]
    public async Task SubmitAsync_Instrumental_LeavesTheLyricsOut()
    {
        await Provider.SubmitAsync(Requests.Instrumental(ProviderNames.Topview, "Minimax Music 2.6"), "task-1", CancellationToken.None);

        var body = Fixtures.Object(Assert.Single(Emulator.RequestsTo("/v1/common_task/ai_music/task/submit")).Body);
        Assert.False(body.ContainsKey("lyrics"));
        Assert.Equal((true, "ambient piano, rain"), ((bool)body["instrumental"]!, (string?)body["styles"]));
    }

    [Fact]
    public async Task GetProgressAsync_Success_MeasuresTheLengthAndRecordsTheCost()
    {
        Emulator.OutputsPerTask = 2;
        var taskId = (await Provider.SubmitAsync(Requests.Song(ProviderNames.Topview, "Topview Music"), "task-1", CancellationToken.None)).ProviderTaskId!;

        var (last, seen) = await _topview.PollUntilAsync(Provider, taskId, ProviderStage.Complete);

        Assert.Equal([ProviderStage.Pending, ProviderStage.Complete], seen);
        Assert.Equal([4.0, 5.0], last.Tracks.Select(t => Math.Round(t.DurationSeconds!.Value, 2)));
        Assert.All(last.Tracks, t => Assert.True(t.HasAudio));
        Assert.Contains(_topview.Services.Logs.Lines, l => l.Event.Id == 6105 && l.Text.Contains("1 credits", StringComparison.Ordinal));
        Assert.Equal(99, Emulator.Credits);
    }

    [Fact]
    public async Task GetProgressAsync_SuccessWithANullOutput_KeepsPollingThenCompletes()
    {
        Emulator.OutputsPerTask = 2;
        var taskId = (await Provider.SubmitAsync(Requests.Song(ProviderNames.Topview, "Topview Music"), "task-1", CancellationToken.None)).ProviderTaskId!;
        await _topview.PollUntilAsync(Provider, taskId, ProviderStage.Complete);
        Emulator.Faults.Add("query", new Fault.NullEntry());

        var faulted = await Provider.GetProgressAsync(taskId, SongRequest.Plain, CancellationToken.None);
        var next = await Provider.GetProgressAsync(taskId, SongRequest.Plain, CancellationToken.None);

        Assert.Equal(0, Emulator.Faults.Pending("query"));
        Assert.Equal(ProviderStage.Pending, faulted.Stage);
        Assert.Equal((ProviderStage.Complete, 2), (next.Stage, next.Tracks.Count));
    }

    [Theory]
    [InlineData(false, "false")]
    [InlineData(true, "true")]
    public async Task GetProgressAsync_Query_NamesTheTaskAndTheCloudFrontFlagInLowerCase(bool cloudFront, string flag)
    {
        await using var services = new ProviderServices(ProviderServices.For("Topview", Emulator.BaseUrl, Emulator.ApiKey, new()
        {
            ["MusicBot:Providers:Topview:Uid"] = Emulator.Uid,
            ["MusicBot:Providers:Topview:NeedCloudFrontUrl"] = cloudFront ? "true" : "false",
        }));

        await services.GetAll<IMusicProvider>().Single(p => p.Name == ProviderNames.Topview).GetProgressAsync("task 1/2", SongRequest.Plain, CancellationToken.None);

        Assert.Equal($"?taskId=task%201%2F2&needCloudFrontUrl={flag}", Assert.Single(Emulator.RequestsTo("/v1/common_task/ai_music/task/query")).Query);
    }

    [Fact]
    public async Task GetProgressAsync_Fail_ReportsTheError()
    {
        Emulator.Script(new TopviewTaskScript { FailMessage = "moderation" });
        var taskId = (await Provider.SubmitAsync(Requests.Song(ProviderNames.Topview, "Topview Music"), "task-1", CancellationToken.None)).ProviderTaskId!;

        Assert.Contains("moderation", (await _topview.PollUntilAsync(Provider, taskId, ProviderStage.Failed)).Last.Failure!.UserMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bad model", "lyrics", "lo-fi", false, false, "4012")]
    [InlineData("Topview Music", null, null, true, false, "4013")]
    [InlineData("Topview Music", null, null, false, false, "4014")]
    [InlineData("Topview Music", "long", "lo-fi", false, false, "4015")]
    [InlineData("Minimax Music 2.6", null, "long", true, false, "4016")]
    [InlineData("Topview Music", "lyrics", null, false, true, "4022")]
    public async Task SubmitAsync_ValidationCodes_AreFinalRefusals(string model, string? lyrics, string? styles, bool instrumental, bool enhance, string code)
    {
        var request = new GenerationRequest
        {
            Provider = ProviderNames.Topview,
            Model = model,
            Lyrics = lyrics == "long" ? new string('a', 5001) : lyrics,
            Style = styles == "long" ? new string('s', 2001) : styles,
            Instrumental = instrumental,
            EnhancePrompt = enhance,
        };

        var outcome = await Provider.SubmitAsync(request, "task-1", CancellationToken.None);

        Assert.Equal((code, false), (outcome.Failure!.Code, outcome.Failure.IsTransient));
    }

    [Fact]
    public async Task SubmitAsync_OutOfCredits_Is4100AndWarned()
    {
        Emulator.Credits = 0;

        var outcome = await Provider.SubmitAsync(Requests.Song(ProviderNames.Topview, "Topview Music"), "task-1", CancellationToken.None);

        Assert.Equal("provider-out-of-credits:4100", outcome.Failure!.Code);
        Assert.Contains(_topview.Services.Logs.Lines, l => l.Level == LogLevel.Warning && l.Event.Id == 6101);
    }

    [Theory]
    [InlineData("4007", true, false)]
    [InlineData("5003", true, false)]
    [InlineData("5000", true, true)]
    [InlineData("6001", false, false)]
    public async Task SubmitAsync_CommonCodes_TransientUnknownOrFinalAndSentOnce(string code, bool transient, bool unknown)
    {
        Emulator.Faults.Add("submit", new Fault.Business(code, "from the emulator"), times: 10);

        var outcome = await Provider.SubmitAsync(Requests.Song(ProviderNames.Topview, "Topview Music"), "task-1", CancellationToken.None);

        Assert.Equal((transient, unknown), (outcome.Failure!.IsTransient, outcome.IsOutcomeUnknown));
        Assert.Single(Emulator.RequestsTo("/v1/common_task/ai_music/task/submit"));
    }

    [Fact]
    public async Task GetProgressAsync_UnknownTask_Fails() =>
        Assert.Equal("unknown-task", (await Provider.GetProgressAsync("nope", SongRequest.Plain, CancellationToken.None)).Failure!.Code);

    [Fact]
    public async Task GetCreditsAsync_ReadsTheRemainingCredit() =>
        Assert.Equal(100, (await _topview.Services.Get<ITopviewApi>().GetCreditsAsync(CancellationToken.None).ReadAsync()).Body!.Result!.RemainCredit);
}
