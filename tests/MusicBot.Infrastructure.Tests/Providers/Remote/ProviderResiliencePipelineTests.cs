using Microsoft.Extensions.Logging;
using MusicBot.Core.Observability;
using MusicBot.Core.Providers;
using MusicBot.Emulators.Music.Common;
using MusicBot.Emulators.Music.SunoApi;
using MusicBot.Emulators.Music.Topview;
using MusicBot.Infrastructure.Providers.Remote;
using MusicBot.Infrastructure.Providers.SunoApi;
using MusicBot.Infrastructure.Tests.Support;

namespace MusicBot.Infrastructure.Tests.Providers.Remote;

/// <summary>
/// The pipeline each provider's client runs through, driven by the emulator's faults: reads are retried on what is
/// worth retrying, a POST is never re-sent, and a failing provider's circuit opens alone and says so.
/// </summary>
public sealed class ProviderResiliencePipelineTests : IAsyncLifetime
{
    private EmulatedProvider<SunoApiEmulator> _suno = null!;

    private IMusicProvider Provider => _suno.Provider(ProviderNames.SunoApi);

    private SunoApiEmulator Emulator => _suno.Emulator;

    public async Task InitializeAsync() => _suno = await Emulated.StartAsync(new SunoApiEmulator(), "SunoApi");

    public async Task DisposeAsync() => await _suno.DisposeAsync();

    public static TheoryData<string> RetryableFaults => ["http-500", "http-502", "http-503", "http-429", "code-405", "code-430", "code-455", "code-500", "drop"];

    [Theory]
    [MemberData(nameof(RetryableFaults))]
    public async Task GetProgressAsync_OneRetryableFailure_IsRetriedAndTheSecondAnswerRead(string fault)
    {
        var taskId = (await Provider.SubmitAsync(Requests.Song(ProviderNames.SunoApi, "V5"), "task-1", CancellationToken.None)).ProviderTaskId!;
        Emulator.Faults.Add("record-info", FaultFor(fault));

        var progress = await Provider.GetProgressAsync(taskId, SongRequest.Plain, CancellationToken.None);

        Assert.NotEqual(ProviderStage.Failed, progress.Stage);
        Assert.Equal(2, Emulator.RequestsTo("/api/v1/generate/record-info").Count());
        Assert.DoesNotContain(_suno.Services.Logs.Lines, l => l.Text.Contains(Emulator.ApiKey, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Telemetry_PlainCallsStayAtDebugAndARetryIsAWarningNamingTheProvidersPipeline()
    {
        var taskId = (await Provider.SubmitAsync(Requests.Song(ProviderNames.SunoApi, "V5"), "task-1", CancellationToken.None)).ProviderTaskId!;
        await Provider.GetProgressAsync(taskId, SongRequest.Plain, CancellationToken.None);
        var plain = _suno.Services.Logs.Lines.Where(l => l.Text.Contains("provider-sunoapi-resilience", StringComparison.Ordinal)).ToList();
        Emulator.Faults.Add("record-info", new Fault.Http(500));

        await Provider.GetProgressAsync(taskId, SongRequest.Plain, CancellationToken.None);

        Assert.NotEmpty(plain);
        Assert.All(plain, l => Assert.Equal(LogLevel.Debug, l.Level));
        Assert.Contains(_suno.Services.Logs.Lines, l => l.Level == LogLevel.Warning
            && l.Text.Contains("EventName: 'OnRetry', Source: 'provider-sunoapi-resilience//Retry'", StringComparison.Ordinal)
            && l.Text.Contains("Result: '500'", StringComparison.Ordinal));
        Assert.DoesNotContain(_suno.Services.Logs.Lines, l => l.Text.Contains(Emulator.ApiKey, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(2, 3)]
    public async Task GetProgressAsync_FailingEveryTime_IsTriedMaxRetriesMoreTimesThenReportedClearly(int maxRetries, int attempts)
    {
        await using var services = new ProviderServices(ProviderServices.For("SunoApi", Emulator.BaseUrl, Emulator.ApiKey, new()
        {
            ["MusicBot:Providers:SunoApi:MaxRetries"] = maxRetries.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }));
        Emulator.Faults.Add("record-info", new Fault.Http(502, "<html>bad gateway</html>"), times: 10);

        var error = await Assert.ThrowsAsync<ProviderReplyException>(() =>
            services.GetAll<IMusicProvider>().Single(p => p.Name == ProviderNames.SunoApi).GetProgressAsync("abc", SongRequest.Plain, CancellationToken.None));

        Assert.Equal("sunoapi record-info answered HTTP 502 without its envelope.", error.Message);
        Assert.Equal(attempts, Emulator.RequestsTo("/api/v1/generate/record-info").Count());
    }

    [Theory]
    [InlineData("drop")]
    [InlineData("http-503")]
    [InlineData("code-430")]
    public async Task SubmitAsync_RetryableFailure_IsNeverSentTwice(string fault)
    {
        Emulator.Faults.Add("generate", FaultFor(fault), times: 10);

        var outcome = await Provider.SubmitAsync(Requests.Song(ProviderNames.SunoApi, "V5"), "task-1", CancellationToken.None);

        Assert.True(outcome.Failure!.IsTransient);
        Assert.Equal(fault == "drop", outcome.IsOutcomeUnknown);
        Assert.Single(Emulator.RequestsTo("/api/v1/generate"));
    }

    [Fact]
    public async Task GetTimestampedLyricsAsync_AReadSentAsPost_IsNotRetriedAndItsBodyIsBufferedWithItsLength()
    {
        Emulator.Faults.Add("timestamped-lyrics", new Fault.Http(500));

        var reply = await _suno.Services.Get<ISunoApi>().GetTimestampedLyricsAsync(new SunoTimestampedLyricsBody("t", "a"), CancellationToken.None).ReadAsync();

        Assert.Equal((System.Net.HttpStatusCode.InternalServerError, null), (reply.Status, reply.Body));
        var sent = Assert.Single(Emulator.RequestsTo("/api/v1/generate/get-timestamped-lyrics"));
        // A body with a length, from bytes: what the API documents, and what could be sent again unchanged.
        Assert.Equal(System.Text.Encoding.UTF8.GetByteCount(sent.Body).ToString(System.Globalization.CultureInfo.InvariantCulture), sent.Headers["Content-Length"]);
        Assert.False(sent.Headers.ContainsKey("Transfer-Encoding"));
        Assert.Equal("""{"taskId":"t","audioId":"a"}""", sent.Body);
    }

    [Fact]
    public async Task Circuit_OneProviderFailing_OpensOnlyItsCircuitAndTheOthersKeepWorking()
    {
        await using var topview = new TopviewEmulator { StageDelay = TimeSpan.FromMilliseconds(60) };
        await topview.StartAsync();
        var settings = ProviderServices.For("SunoApi", Emulator.BaseUrl, Emulator.ApiKey, new()
        {
            ["MusicBot:Providers:SunoApi:CircuitMinimumThroughput"] = "2",
            ["MusicBot:Providers:SunoApi:CircuitBreakDuration"] = "00:01:00",
            ["MusicBot:Providers:SunoApi:MaxRetries"] = "1",
        });
        foreach (var (key, value) in ProviderServices.For("Topview", topview.BaseUrl, topview.ApiKey, new() { ["MusicBot:Providers:Topview:Uid"] = topview.Uid }))
        {
            settings[key] = value;
        }

        await using var services = new ProviderServices(settings);
        var providers = services.GetAll<IMusicProvider>().ToDictionary(p => p.Name);
        var health = services.GetAll<IHealthCheck>().ToDictionary(h => h.Name);
        Emulator.Faults.Add("record-info", new Fault.Http(500), times: 10);

        await Assert.ThrowsAnyAsync<Exception>(() => providers[ProviderNames.SunoApi].GetProgressAsync("abc", SongRequest.Plain, CancellationToken.None));
        var paused = await providers[ProviderNames.SunoApi].SubmitAsync(Requests.Song(ProviderNames.SunoApi, "V5"), "task-1", CancellationToken.None);
        var other = await providers[ProviderNames.Topview].SubmitAsync(Requests.Song(ProviderNames.Topview, "Topview Music"), "task-2", CancellationToken.None);

        Assert.Equal("circuit-open", paused.Failure!.Code);
        Assert.Empty(Emulator.RequestsTo("/api/v1/generate"));
        Assert.True(other.IsAccepted);
        var sunoHealth = await health["provider:sunoapi"].CheckAsync(CancellationToken.None);
        Assert.Equal((false, "circuit open: sunoapi failed too often; calls paused"), (sunoHealth.IsHealthy, sunoHealth.Detail));
        Assert.True((await health["provider:topview"].CheckAsync(CancellationToken.None)).IsHealthy);
    }

    private static Fault FaultFor(string name) => name switch
    {
        "drop" => new Fault.Drop(),
        _ when name.StartsWith("http-", StringComparison.Ordinal) => new Fault.Http(int.Parse(name[5..], System.Globalization.CultureInfo.InvariantCulture), "<html>busy</html>"),
        _ => new Fault.Business(name[5..], "from the emulator"),
    };
}
