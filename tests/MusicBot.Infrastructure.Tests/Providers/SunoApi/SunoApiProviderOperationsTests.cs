using MusicBot.Core.Operations;
using MusicBot.Core.Providers;
using MusicBot.Emulators.Music.SunoApi;
using MusicBot.Infrastructure.Tests.Support;

namespace MusicBot.Infrastructure.Tests.Providers.SunoApi;

/// <summary>
/// <see cref="Infrastructure.Providers.SunoApi.SunoApiProvider"/>'s operations on a finished track, each submitted and
/// polled to the end at the emulator: the exact bodies sent, the endpoint polled, the tracks that come back, and the
/// callback the emulator sent read into the same progress. (Its new-song behaviour is in SunoApiProviderTests.)
/// </summary>
public sealed class SunoApiProviderOperationsTests : IAsyncLifetime
{
    private EmulatedProvider<SunoApiEmulator> _suno = null!;

    private IMusicProvider Provider => _suno.Provider(ProviderNames.SunoApi);

    private SunoApiEmulator Emulator => _suno.Emulator;

    public async Task InitializeAsync() => _suno = await Emulated.StartAsync(new SunoApiEmulator(), "SunoApi");

    public async Task DisposeAsync() => await _suno.DisposeAsync();

    [Fact]
    public void Operations_AreAllSix() =>
        Assert.Equal(Enum.GetValues<OperationKind>().Order(), Provider.Operations.Order());

    [Fact]
    public async Task SubmitAsync_ExtendFromTheEnd_ReusesTheSourceParametersAndCompletesWithTwoTracks()
    {
        var source = await SunoSourceSong.MakeAsync(_suno, Requests.Song(ProviderNames.SunoApi, "V5"));
        var request = source.Operation(OperationKind.Extend);

        var taskId = await SubmitAsync(request);

        var body = Body("/api/v1/generate/extend");
        Assert.Equal(["audioId", "callBackUrl", "defaultParamFlag", "model"], Keys(body));
        Assert.Equal((false, source.Track.ProviderTrackId, "V5"), ((bool)body["defaultParamFlag"]!, (string?)body["audioId"], (string?)body["model"]));
        var (last, _) = await _suno.PollUntilAsync(Provider, taskId, request, ProviderStage.Complete);
        Assert.Equal(2, last.Tracks.Count);
        Assert.All(last.Tracks, t => Assert.True(t.HasAudio && t.Title == "Quiet Tune" && t.ProviderTrackId != source.Track.ProviderTrackId));
        Assert.Contains(Emulator.RequestsTo("/api/v1/generate/record-info"), r => r.Query.Contains(taskId, StringComparison.Ordinal));
    }

    [Fact]
    public async Task SubmitAsync_ExtendFromAChosenSecond_SendsCustomParametersAndContinueAt()
    {
        var source = await SunoSourceSong.MakeAsync(_suno, Requests.Song(ProviderNames.SunoApi, "V4_5"));
        var request = source.Operation(OperationKind.Extend, continueAt: 1.5);

        var taskId = await SubmitAsync(request);

        var body = Body("/api/v1/generate/extend");
        Assert.Equal(
            ["audioId", "audioWeight", "callBackUrl", "continueAt", "defaultParamFlag", "model", "negativeTags", "prompt", "style", "styleWeight", "title", "vocalGender", "weirdnessConstraint"],
            Keys(body));
        Assert.Equal((true, 1.5, "V4_5"), ((bool)body["defaultParamFlag"]!, (double)body["continueAt"]!, (string?)body["model"]));
        Assert.Equal((source.Request.Lyrics, "dream pop, shimmering guitars", "Quiet Tune"), ((string?)body["prompt"], (string?)body["style"], (string?)body["title"]));
        Assert.Equal(ProviderStage.Complete, (await _suno.PollUntilAsync(Provider, taskId, request, ProviderStage.Complete)).Last.Stage);
    }

    [Fact]
    public async Task SubmitAsync_AddVocals_UploadsTheSourceAudioWithTheLyricsToSing()
    {
        var source = await SunoSourceSong.MakeAsync(_suno, Requests.Instrumental(ProviderNames.SunoApi, "V5") with { VocalGender = "m" });
        var request = source.Operation(OperationKind.AddVocals) with { Lyrics = "[Verse]\nWords for the singer", Style = "soul vocals", Instrumental = false };

        var taskId = await SubmitAsync(request);

        var body = Body("/api/v1/generate/add-vocals");
        Assert.Equal(["callBackUrl", "model", "negativeTags", "prompt", "style", "title", "uploadUrl", "vocalGender"], Keys(body));
        Assert.Equal((source.Track.AudioUrl, "[Verse]\nWords for the singer", "soul vocals", "Rain Study"), ((string?)body["uploadUrl"], (string?)body["prompt"], (string?)body["style"], (string?)body["title"]));
        Assert.Equal(("V5", "", "m"), ((string?)body["model"], (string?)body["negativeTags"], (string?)body["vocalGender"]));
        var (last, _) = await _suno.PollUntilAsync(Provider, taskId, request, ProviderStage.Complete);
        Assert.All(last.Tracks, t => Assert.True(t.HasAudio && t.Lyrics == "[Verse]\nWords for the singer"));
    }

    [Fact]
    public async Task SubmitAsync_AddInstrumentalToAV4_5Song_RunsOnV4_5PlusAndSendsTheStyleAsTags()
    {
        var source = await SunoSourceSong.MakeAsync(_suno, Requests.Song(ProviderNames.SunoApi, "V4_5"));
        var request = source.Operation(OperationKind.AddInstrumental) with { Style = "string quartet" };

        var taskId = await SubmitAsync(request);

        var body = Body("/api/v1/generate/add-instrumental");
        Assert.Equal(["audioWeight", "callBackUrl", "model", "negativeTags", "styleWeight", "tags", "title", "uploadUrl", "vocalGender", "weirdnessConstraint"], Keys(body));
        Assert.Equal("V4_5PLUS", (string?)body["model"]);
        Assert.Equal((source.Track.AudioUrl, "string quartet", "heavy metal", "Quiet Tune"), ((string?)body["uploadUrl"], (string?)body["tags"], (string?)body["negativeTags"], (string?)body["title"]));
        Assert.Equal(2, (await _suno.PollUntilAsync(Provider, taskId, request, ProviderStage.Complete)).Last.Tracks.Count(t => t.HasAudio));
    }

    [Fact]
    public async Task SubmitAsync_Wav_PollsTheWavRecordToOneDownloadableWavTrack()
    {
        var source = await SunoSourceSong.MakeAsync(_suno, Requests.Song(ProviderNames.SunoApi, "V5"));
        var request = source.Operation(OperationKind.Wav);
        Emulator.StageDelay = TimeSpan.FromMilliseconds(400); // long enough for a poll to see PENDING on a busy machine

        var taskId = await SubmitAsync(request);

        var body = Body("/api/v1/wav/generate");
        Assert.Equal(["audioId", "callBackUrl", "taskId"], Keys(body));
        Assert.Equal((source.ProviderTaskId, source.Track.ProviderTrackId), ((string?)body["taskId"], (string?)body["audioId"]));
        var (last, seen) = await _suno.PollUntilAsync(Provider, taskId, request, ProviderStage.Complete);
        Assert.Equal([ProviderStage.Pending, ProviderStage.Complete], seen);
        var wav = Assert.Single(last.Tracks);
        Assert.Equal(1, wav.Index);
        await AssertDownloadsAsync(wav.AudioUrl);
        Assert.NotEmpty(Emulator.RequestsTo("/api/v1/wav/record-info"));
        Assert.DoesNotContain(Emulator.RequestsTo("/api/v1/generate/record-info"), r => r.Query.Contains(taskId, StringComparison.Ordinal));
        await AssertCallbackMatchesAsync(taskId, last, "wav-complete");
    }

    [Fact]
    public async Task SubmitAsync_Stems_SeparatesVocalsAndInstrumentalAsTwoNamedTracks()
    {
        var source = await SunoSourceSong.MakeAsync(_suno, Requests.Song(ProviderNames.SunoApi, "V5"));
        var request = source.Operation(OperationKind.Stems);

        var taskId = await SubmitAsync(request);

        var body = Body("/api/v1/vocal-removal/generate");
        Assert.Equal(["audioId", "callBackUrl", "taskId", "type"], Keys(body));
        Assert.Equal((source.ProviderTaskId, source.Track.ProviderTrackId, "separate_vocal"), ((string?)body["taskId"], (string?)body["audioId"], (string?)body["type"]));
        var (last, _) = await _suno.PollUntilAsync(Provider, taskId, request, ProviderStage.Complete);
        Assert.Equal([(1, "Vocals"), (2, "Instrumental")], last.Tracks.Select(t => (t.Index, t.Title!)));
        foreach (var stem in last.Tracks)
        {
            await AssertDownloadsAsync(stem.AudioUrl);
        }

        await AssertCallbackMatchesAsync(taskId, last, "stems-complete");
    }

    [Fact]
    public async Task SubmitAsync_Lyrics_SendsTheTopicAndPollsTwoVariantsWithoutAudio()
    {
        var request = Requests.Lyrics(ProviderNames.SunoApi, "V5", "  a rainy night in the city ");

        var taskId = await SubmitAsync(request);

        var body = Body("/api/v1/lyrics");
        Assert.Equal(["callBackUrl", "prompt"], Keys(body));
        Assert.Equal("a rainy night in the city", (string?)body["prompt"]);
        var (last, _) = await _suno.PollUntilAsync(Provider, taskId, request, ProviderStage.Complete);
        Assert.Equal([1, 2], last.Tracks.Select(t => t.Index));
        Assert.All(last.Tracks, t => Assert.True(!t.HasAudio && t.Title is not null && t.Lyrics!.Contains("a rainy night in the city", StringComparison.Ordinal)));
        await AssertCallbackMatchesAsync(taskId, last, "lyrics-complete");
    }

    private async Task<string> SubmitAsync(GenerationRequest request)
    {
        var outcome = await Provider.SubmitAsync(request, "task-2", CancellationToken.None);
        Assert.True(outcome.IsAccepted, outcome.Failure?.UserMessage);
        return outcome.ProviderTaskId!;
    }

    private System.Text.Json.Nodes.JsonObject Body(string path) => Fixtures.Object(Assert.Single(Emulator.RequestsTo(path)).Body);

    private static IEnumerable<string> Keys(System.Text.Json.Nodes.JsonObject body) => body.Select(p => p.Key).Order(StringComparer.Ordinal);

    /// <summary>The emulator's own callback for the task gives what the poll gave.</summary>
    private async Task AssertCallbackMatchesAsync(string taskId, ProviderProgress polled, string stage)
    {
        var callback = await SunoSourceSong.DeliveredCallbackAsync(Emulator, taskId);
        Assert.Equal((taskId, stage, polled.Stage), (callback.ProviderTaskId, callback.Stage, callback.Progress.Stage));
        Assert.Equal(polled.Tracks, callback.Progress.Tracks);
    }

    private static async Task AssertDownloadsAsync(string? url)
    {
        using var http = new HttpClient();
        Assert.Equal("RIFF"u8.ToArray(), (await http.GetByteArrayAsync(url))[..4]);
    }
}
