using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using MusicBot.Core.Observability;
using MusicBot.Core.Providers;
using MusicBot.Emulators.Music.Common;
using MusicBot.Emulators.Music.SunoApi;
using MusicBot.Infrastructure.Providers.Callbacks;
using MusicBot.Infrastructure.Providers.SunoApi;
using MusicBot.Infrastructure.Tests.Support;

namespace MusicBot.Infrastructure.Tests.Providers.SunoApi;

/// <summary>The sunoapi provider against its emulator: the exact request bodies, the stages, every documented error code.</summary>
public sealed class SunoApiProviderTests : IAsyncLifetime
{
    private EmulatedProvider<SunoApiEmulator> _suno = null!;

    private IMusicProvider Provider => _suno.Provider(ProviderNames.SunoApi);

    private SunoApiEmulator Emulator => _suno.Emulator;

    public async Task InitializeAsync() => _suno = await Emulated.StartAsync(new SunoApiEmulator(), "SunoApi");

    public async Task DisposeAsync() => await _suno.DisposeAsync();

    [Fact]
    public async Task SubmitAsync_Lyrics_SendsCustomModeWithExactlyTheDocumentedFields()
    {
        var outcome = await Provider.SubmitAsync(Requests.Song(ProviderNames.SunoApi, "V4_5"), "task-7", CancellationToken.None);

        Assert.True(outcome.IsAccepted);
        var sent = Assert.Single(Emulator.RequestsTo("/api/v1/generate"));
        var body = Fixtures.Object(sent.Body);
        Assert.Equal(
            ["audioWeight", "callBackUrl", "customMode", "instrumental", "model", "negativeTags", "prompt", "style", "styleWeight", "title", "vocalGender", "weirdnessConstraint"],
            body.Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.Equal((true, false, "V4_5"), ((bool)body["customMode"]!, (bool)body["instrumental"]!, (string?)body["model"]));
        Assert.Equal(("[Verse]\nStreetlights hum a quiet tune\n[Chorus]\nStay a while", "dream pop, shimmering guitars", "Quiet Tune"), ((string?)body["prompt"], (string?)body["style"], (string?)body["title"]));
        Assert.Equal(("heavy metal", "f", 0.65, 0.2, 0.5), ((string?)body["negativeTags"], (string?)body["vocalGender"], (double)body["styleWeight"]!, (double)body["weirdnessConstraint"]!, (double)body["audioWeight"]!));
        Assert.Equal(SunoApiProvider.NoCallbackUrl, (string?)body["callBackUrl"]);
        Assert.Equal("Bearer emulator-key", sent.Headers["Authorization"]);
    }

    [Fact]
    public async Task SubmitAsync_DescriptionOnly_SendsNonCustomPromptAndLeavesStyleAndTitleOut()
    {
        await Provider.SubmitAsync(Requests.Description(ProviderNames.SunoApi, "V5"), "task-1", CancellationToken.None);

        var body = Fixtures.Object(Assert.Single(Emulator.RequestsTo("/api/v1/generate")).Body);
        Assert.Equal(["callBackUrl", "customMode", "instrumental", "model", "prompt"], body.Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.Equal((false, "an upbeat summer song about road trips"), ((bool)body["customMode"]!, (string?)body["prompt"]));
    }

    [Fact]
    public async Task SubmitAsync_InstrumentalWithTitle_IsCustomAndSendsNoLyrics()
    {
        await Provider.SubmitAsync(Requests.Instrumental(ProviderNames.SunoApi, "V4_5"), "task-1", CancellationToken.None);

        var body = Fixtures.Object(Assert.Single(Emulator.RequestsTo("/api/v1/generate")).Body);
        Assert.Equal((true, true, "Rain Study"), ((bool)body["customMode"]!, (bool)body["instrumental"]!, (string?)body["title"]));
        Assert.False(body.ContainsKey("prompt"));
    }

    [Fact]
    public async Task SubmitAsync_WithPublicBaseUrl_CallBackUrlCarriesTheSecretAndTheTaskReference()
    {
        await using var services = new ProviderServices(ProviderServices.For("SunoApi", Emulator.BaseUrl, Emulator.ApiKey, new() { ["MusicBot:PublicBaseUrl"] = "https://bot.example.test/" }));
        var provider = services.GetAll<IMusicProvider>().Single(p => p.Name == ProviderNames.SunoApi);

        await provider.SubmitAsync(Requests.Song(ProviderNames.SunoApi, "V5"), "task-42", CancellationToken.None);

        var secret = services.Get<CallbackSecret>().Value;
        var body = Fixtures.Object(Assert.Single(Emulator.RequestsTo("/api/v1/generate")).Body);
        Assert.Equal($"https://bot.example.test/callbacks/sunoapi/{secret}?ref=task-42", (string?)body["callBackUrl"]);
        Assert.True(provider.ReportsByCallback);
        Assert.DoesNotContain(services.Logs.Lines, l => l.Text.Contains(secret, StringComparison.Ordinal) || l.Text.Contains(Emulator.ApiKey, StringComparison.Ordinal));
    }

    [Fact]
    public async Task GetProgressAsync_FullLife_WalksEveryStageAndEndsWithTwoDownloadableTracks()
    {
        Emulator.StageDelay = TimeSpan.FromMilliseconds(400); // long enough for a poll to see every stage on a busy machine
        var taskId = (await Provider.SubmitAsync(Requests.Song(ProviderNames.SunoApi, "V5"), "task-1", CancellationToken.None)).ProviderTaskId!;

        var (last, seen) = await _suno.PollUntilAsync(Provider, taskId, ProviderStage.Complete);

        Assert.Equal([ProviderStage.Pending, ProviderStage.TextReady, ProviderStage.FirstTrackReady, ProviderStage.Complete], seen);
        Assert.Equal(2, last.Tracks.Count);
        Assert.All(last.Tracks, t => Assert.True(t.HasAudio && t.Title == "Quiet Tune" && t.ImageUrl is not null && t.DurationSeconds > 0));
        using var http = new HttpClient();
        var audio = await http.GetByteArrayAsync(last.Tracks[1].AudioUrl);
        Assert.Equal("RIFF"u8.ToArray(), audio[..4]);
        // The callback could not be delivered (polling only), so the service reports CALLBACK_EXCEPTION: still a success.
        Assert.Equal("CALLBACK_EXCEPTION", Emulator.Find(taskId)!.Status);
    }

    [Fact]
    public async Task GetProgressAsync_RealShapesStraightToComplete_StillCompletes()
    {
        Emulator.RealShapes = true;
        Emulator.Script(new SunoTaskScript { StraightToComplete = true });
        var taskId = (await Provider.SubmitAsync(Requests.Description(ProviderNames.SunoApi, "V5"), "task-1", CancellationToken.None)).ProviderTaskId!;

        var (last, seen) = await _suno.PollUntilAsync(Provider, taskId, ProviderStage.Complete);

        // The emulator's pending window runs on the wall clock: a loaded machine may poll first after it, so 'Pending'
        // is optional; what matters is that no intermediate stage is reported and the task completes.
        Assert.Equal(ProviderStage.Complete, seen[^1]);
        Assert.DoesNotContain(ProviderStage.TextReady, seen);
        Assert.DoesNotContain(ProviderStage.FirstTrackReady, seen);
        Assert.All(last.Tracks, t => Assert.True(t.HasAudio && t.DurationSeconds > 0));
    }

    [Theory]
    [InlineData("GENERATE_AUDIO_FAILED", "could not make this song")]
    [InlineData("CREATE_TASK_FAILED", "could not make this song")]
    [InlineData("SENSITIVE_WORD_ERROR", "refused the content")]
    public async Task GetProgressAsync_TaskFails_ReportsWhy(string status, string message)
    {
        Emulator.Script(new SunoTaskScript { FailStatus = status, FailMessage = "nope" });
        var taskId = (await Provider.SubmitAsync(Requests.Song(ProviderNames.SunoApi, "V5"), "task-1", CancellationToken.None)).ProviderTaskId!;

        var (last, _) = await _suno.PollUntilAsync(Provider, taskId, ProviderStage.Failed);

        Assert.Equal(ProviderStage.Failed, last.Stage);
        Assert.Contains(message, last.Failure!.UserMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("400", false, "rejected the request")]
    [InlineData("401", false, "refused the bot's API key")]
    [InlineData("404", false, "rejected the request")]
    [InlineData("405", true, "too many requests")]
    [InlineData("413", false, "too long")]
    [InlineData("429", false, "out of credits")]
    [InlineData("430", true, "too many requests")]
    [InlineData("455", true, "under maintenance")]
    [InlineData("500", true, "internal error")]
    public async Task SubmitAsync_EveryDocumentedCode_MapsToAMessageAndIsSentOnce(string code, bool transient, string message)
    {
        Emulator.Faults.Add("generate", new Fault.Business(code, "from the emulator"), times: 10);

        var outcome = await Provider.SubmitAsync(Requests.Song(ProviderNames.SunoApi, "V5"), "task-1", CancellationToken.None);

        // A transient refusal is tried again later by Core, as a new submit; the HTTP client never re-sends a POST.
        Assert.False(outcome.IsAccepted || outcome.IsOutcomeUnknown);
        Assert.Equal(transient, outcome.Failure!.IsTransient);
        Assert.Contains(message, outcome.Failure.UserMessage, StringComparison.Ordinal);
        Assert.Single(Emulator.RequestsTo("/api/v1/generate"));
        Assert.Empty(Emulator.Tasks);
    }

    [Fact]
    public async Task SubmitAsync_BotAccountOutOfCredits_WarnsTheAdminsAndSaysSo()
    {
        Emulator.Credits = 5;

        var outcome = await Provider.SubmitAsync(Requests.Song(ProviderNames.SunoApi, "V5"), "task-1", CancellationToken.None);

        Assert.Equal("The bot's sunoapi account is out of credits, so this song could not be made. The admins have been told.", outcome.Failure!.UserMessage);
        Assert.Contains(_suno.Services.Logs.Lines, l => l.Level == LogLevel.Warning && l.Event.Id == 6101);
    }

    [Fact]
    public async Task SubmitAsync_AnswerLostAfterTheTaskWasCreated_IsUnknownAndNeverResent()
    {
        await using var slow = new ProviderServices(ProviderServices.For("SunoApi", Emulator.BaseUrl, Emulator.ApiKey, new() { ["MusicBot:Providers:SunoApi:AttemptTimeout"] = "00:00:01" }));
        Emulator.Faults.Add("generate", new Fault.AcceptThenStall(TimeSpan.FromSeconds(4)));

        var outcome = await slow.GetAll<IMusicProvider>().Single(p => p.Name == ProviderNames.SunoApi)
            .SubmitAsync(Requests.Song(ProviderNames.SunoApi, "V5"), "task-1", CancellationToken.None);

        Assert.True(outcome.IsOutcomeUnknown);
        // Once the emulator has handled what reached it (on a loaded machine the request may even have been cut off
        // before it arrived), it saw the submit at most once, and made a task for each one it saw.
        await WaitForAsync(() => Emulator.Tasks.Count == Emulator.RequestsTo("/api/v1/generate").Count());
        Assert.InRange(Emulator.Tasks.Count, 0, 1);
    }

    [Theory]
    [InlineData(502, true)]
    [InlineData(504, true)]
    [InlineData(503, false)]
    public async Task SubmitAsync_BareHttpStatus_UnknownWhenTheTaskMayExistTransientWhenCertainlyRefused(int status, bool unknown)
    {
        Emulator.Faults.Add("generate", new Fault.Http(status, "<html>gateway</html>"), times: 10);

        var outcome = await Provider.SubmitAsync(Requests.Song(ProviderNames.SunoApi, "V5"), "task-1", CancellationToken.None);

        Assert.Equal((unknown, true), (outcome.IsOutcomeUnknown, outcome.Failure!.IsTransient));
        Assert.Single(Emulator.RequestsTo("/api/v1/generate"));
    }

    [Fact]
    public async Task SubmitAsync_ConnectionDroppedMidRequest_IsUnknown()
    {
        Emulator.Faults.Add("generate", new Fault.AcceptThenDrop());

        var outcome = await Provider.SubmitAsync(Requests.Song(ProviderNames.SunoApi, "V5"), "task-1", CancellationToken.None);

        Assert.True(outcome.IsOutcomeUnknown);
        await WaitForAsync(() => Emulator.Tasks.Count == 1);
        Assert.Single(Emulator.RequestsTo("/api/v1/generate"));
    }

    [Fact]
    public async Task GetProgressAsync_ServerErrorsAndMaintenance_AreRetried()
    {
        var taskId = (await Provider.SubmitAsync(Requests.Song(ProviderNames.SunoApi, "V5"), "task-1", CancellationToken.None)).ProviderTaskId!;
        Emulator.Faults.Add("record-info", new Fault.Http(500));
        Emulator.Faults.Add("record-info", new Fault.Business("455", "System maintenance"));
        Emulator.Faults.Add("record-info", new Fault.Slow(TimeSpan.FromMilliseconds(200)));

        var progress = await Provider.GetProgressAsync(taskId, SongRequest.Plain, CancellationToken.None);

        Assert.NotEqual(ProviderStage.Failed, progress.Stage);
        Assert.Equal(3, Emulator.RequestsTo("/api/v1/generate/record-info").Count());
    }

    [Fact]
    public async Task GetProgressAsync_UnknownTask_Fails()
    {
        var progress = await Provider.GetProgressAsync("0123456789abcdef", SongRequest.Plain, CancellationToken.None);

        Assert.Equal(("unknown-task", ProviderStage.Failed), (progress.Failure!.Code, progress.Stage));
    }

    [Fact]
    public async Task Circuit_AfterRepeatedServerErrors_OpensPausesSubmitsAndReportsUnhealthy()
    {
        await using var fragile = new ProviderServices(ProviderServices.For("SunoApi", Emulator.BaseUrl, Emulator.ApiKey, new()
        {
            ["MusicBot:Providers:SunoApi:CircuitMinimumThroughput"] = "2",
            ["MusicBot:Providers:SunoApi:CircuitBreakDuration"] = "00:01:00",
        }));
        var provider = fragile.GetAll<IMusicProvider>().Single(p => p.Name == ProviderNames.SunoApi);
        Emulator.Faults.Add("record-info", new Fault.Http(500), times: 10);

        await Assert.ThrowsAnyAsync<Exception>(() => provider.GetProgressAsync("abc", SongRequest.Plain, CancellationToken.None));
        var outcome = await provider.SubmitAsync(Requests.Song(ProviderNames.SunoApi, "V5"), "task-1", CancellationToken.None);

        Assert.Equal(("circuit-open", true), (outcome.Failure!.Code, outcome.Failure.IsTransient));
        Assert.Empty(Emulator.RequestsTo("/api/v1/generate"));
        var health = fragile.GetAll<IHealthCheck>().Single(h => h.Name == "provider:sunoapi");
        Assert.False((await health.CheckAsync(CancellationToken.None)).IsHealthy);
    }

    [Fact]
    public async Task SubmitAsync_NothingListening_IsACertainTransientRefusal()
    {
        var closed = new Uri($"http://127.0.0.1:{FreePort()}/");
        await using var nowhere = new ProviderServices(ProviderServices.For("SunoApi", closed, "k"));

        var outcome = await nowhere.GetAll<IMusicProvider>().Single(p => p.Name == ProviderNames.SunoApi).SubmitAsync(Requests.Song(ProviderNames.SunoApi, "V5"), "task-1", CancellationToken.None);

        Assert.Equal(("unreachable", true, false), (outcome.Failure!.Code, outcome.Failure.IsTransient, outcome.IsOutcomeUnknown));
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (!condition() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        Assert.True(condition());
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
