using MusicBot.Core.Operations;
using MusicBot.Core.Providers;
using MusicBot.Emulators.Music.Common;
using MusicBot.Emulators.Music.SunoApi;
using MusicBot.Infrastructure.Providers.Remote;
using MusicBot.Infrastructure.Tests.Support;

namespace MusicBot.Infrastructure.Tests.Providers.SunoApi;

/// <summary>
/// How <see cref="Infrastructure.Providers.SunoApi.SunoApiProvider"/>'s operations fail at the emulator: requests that
/// lack what their endpoint needs (never sent), sources not finished, a second WAV, refusals, failed tasks, unknown tasks.
/// </summary>
public sealed class SunoApiProviderOperationFailuresTests : IAsyncLifetime
{
    private EmulatedProvider<SunoApiEmulator> _suno = null!;

    private IMusicProvider Provider => _suno.Provider(ProviderNames.SunoApi);

    private SunoApiEmulator Emulator => _suno.Emulator;

    public async Task InitializeAsync() => _suno = await Emulated.StartAsync(new SunoApiEmulator(), "SunoApi");

    public async Task DisposeAsync() => await _suno.DisposeAsync();

    public static TheoryData<OperationKind, string, string> MissingInputs => new()
    {
        { OperationKind.Extend, nameof(TrackOperation.SourceTrackId), "Could not ask sunoapi to extend a song: the source track has no sunoapi audio id." },
        { OperationKind.AddVocals, nameof(TrackOperation.SourceAudioUrl), "Could not ask sunoapi to add vocals to a song: the source track has no audio address." },
        { OperationKind.AddInstrumental, nameof(TrackOperation.SourceAudioUrl), "Could not ask sunoapi to add an instrumental to a song: the source track has no audio address." },
        { OperationKind.Wav, nameof(TrackOperation.SourceProviderTaskId), "Could not ask sunoapi to convert a song to WAV: the source song has no sunoapi task id." },
        { OperationKind.Stems, nameof(TrackOperation.SourceTrackId), "Could not ask sunoapi to split a song into stems: the source track has no sunoapi audio id." },
        { OperationKind.Lyrics, nameof(TrackOperation.Prompt), "Could not ask sunoapi to write lyrics with AI: there is no topic for the lyrics." },
    };

    [Theory]
    [MemberData(nameof(MissingInputs))]
    public async Task SubmitAsync_SourceIdOrTopicMissing_SendsNothingAndFailsForGood(OperationKind kind, string missing, string message)
    {
        var track = new ProviderTrack { Index = 1, ProviderTrackId = "track-1", AudioUrl = "https://files.example.test/1.mp3", Title = "Quiet Tune", DurationSeconds = 3 };
        var request = Requests.On(Requests.Song(ProviderNames.SunoApi, "V5"), "task-1", track, kind);
        request = request with { Operation = Without(request.Operation! with { Prompt = "a topic" }, missing) };

        var outcome = await Provider.SubmitAsync(request, "task-2", CancellationToken.None);

        Assert.Equal((ProviderFailures.IncompleteCode, message, false, false), (outcome.Failure!.Code, outcome.Failure.UserMessage, outcome.Failure.IsTransient, outcome.IsOutcomeUnknown));
        Assert.Empty(Emulator.Requests);
    }

    [Theory]
    [InlineData(false, "needs the song's lyrics, and it was made without any")]
    [InlineData(true, "needs the song's lyrics, and it is an instrumental")]
    public async Task SubmitAsync_ExtendFromASecondOfASongWithoutSungLyrics_SendsNothingAndSaysToContinueFromTheEnd(bool instrumental, string why)
    {
        var track = new ProviderTrack { Index = 1, ProviderTrackId = "track-1", AudioUrl = "https://files.example.test/1.mp3", Title = "Road Trip", DurationSeconds = 30 };
        var song = instrumental ? Requests.Instrumental(ProviderNames.SunoApi, "V5") : Requests.Description(ProviderNames.SunoApi, "V5");
        var request = Requests.On(song, "task-1", track, OperationKind.Extend, continueAt: 10);

        var outcome = await Provider.SubmitAsync(request, "task-2", CancellationToken.None);

        Assert.Contains(why, outcome.Failure!.UserMessage, StringComparison.Ordinal);
        Assert.Contains("leave out the starting point to continue from the end", outcome.Failure.UserMessage, StringComparison.Ordinal);
        Assert.Empty(Emulator.Requests);
    }

    [Theory]
    [InlineData(OperationKind.Extend, "/api/v1/generate/extend")]
    [InlineData(OperationKind.Wav, "/api/v1/wav/generate")]
    [InlineData(OperationKind.Stems, "/api/v1/vocal-removal/generate")]
    public async Task SubmitAsync_SourceStillBeingMade_IsRefusedOnceAndForGood(OperationKind kind, string path)
    {
        Emulator.Script(new SunoTaskScript { Hang = true });
        var song = Requests.Song(ProviderNames.SunoApi, "V5");
        var taskId = (await Provider.SubmitAsync(song, "task-1", CancellationToken.None)).ProviderTaskId!;
        var unfinished = new ProviderTrack { Index = 1, ProviderTrackId = Emulator.Find(taskId)!.Tracks[0].Id, Title = "Quiet Tune" };

        var outcome = await Provider.SubmitAsync(Requests.On(song, taskId, unfinished, kind), "task-2", CancellationToken.None);

        Assert.Equal(("400", false), (outcome.Failure!.Code, outcome.Failure.IsTransient));
        Assert.Contains("name a finished track", outcome.Failure.UserMessage, StringComparison.Ordinal);
        Assert.Single(Emulator.RequestsTo(path));
    }

    [Fact]
    public async Task SubmitAsync_SecondWavOfATrack_IsRefusedAsAlreadyMade()
    {
        var source = await SunoSourceSong.MakeAsync(_suno, Requests.Song(ProviderNames.SunoApi, "V5"));
        Assert.True((await Provider.SubmitAsync(source.Operation(OperationKind.Wav), "task-2", CancellationToken.None)).IsAccepted);

        var again = await Provider.SubmitAsync(source.Operation(OperationKind.Wav), "task-3", CancellationToken.None);

        Assert.Equal(("409", "sunoapi already made a WAV of this track, and makes only one per track.", false), (again.Failure!.Code, again.Failure.UserMessage, again.Failure.IsTransient));
        Assert.Single(Emulator.Tasks, t => t.Kind == "wav");
    }

    [Theory]
    [InlineData(OperationKind.Extend, "extend", "/api/v1/generate/extend", "400", false, "rejected the request")]
    [InlineData(OperationKind.AddVocals, "add-vocals", "/api/v1/generate/add-vocals", "413", false, "too long")]
    [InlineData(OperationKind.Wav, "wav", "/api/v1/wav/generate", "429", false, "out of credits")]
    [InlineData(OperationKind.Stems, "vocal-removal", "/api/v1/vocal-removal/generate", "455", true, "under maintenance")]
    [InlineData(OperationKind.Lyrics, "lyrics", "/api/v1/lyrics", "430", true, "too many requests")]
    public async Task SubmitAsync_OperationEndpointAnswersACode_MapsLikeGenerateAndIsSentOnce(
        OperationKind kind, string endpoint, string path, string code, bool transient, string message)
    {
        var source = await SunoSourceSong.MakeAsync(_suno, Requests.Song(ProviderNames.SunoApi, "V5"));
        Emulator.Faults.Add(endpoint, new Fault.Business(code, "from the emulator"), times: 10);
        var request = kind == OperationKind.Lyrics ? Requests.Lyrics(ProviderNames.SunoApi, "V5", "rain") : source.Operation(kind);

        var outcome = await Provider.SubmitAsync(request, "task-2", CancellationToken.None);

        Assert.Equal((false, transient), (outcome.IsOutcomeUnknown, outcome.Failure!.IsTransient));
        Assert.Contains(message, outcome.Failure.UserMessage, StringComparison.Ordinal);
        Assert.Single(Emulator.RequestsTo(path));
    }

    [Theory]
    [InlineData(OperationKind.Wav, "GENERATE_WAV_FAILED", "sunoapi could not convert a song to WAV (The converter broke).")]
    [InlineData(OperationKind.Stems, "GENERATE_AUDIO_FAILED", "sunoapi could not split a song into stems (The converter broke).")]
    [InlineData(OperationKind.Lyrics, "GENERATE_LYRICS_FAILED", "sunoapi could not write lyrics with AI (The converter broke).")]
    [InlineData(OperationKind.Lyrics, "SENSITIVE_WORD_ERROR", "sunoapi could not write lyrics with AI (The converter broke).")]
    public async Task GetProgressAsync_OperationFails_SaysWhatCouldNotBeDoneAndTheCallbackAgrees(OperationKind kind, string status, string message)
    {
        var request = kind == OperationKind.Lyrics
            ? Requests.Lyrics(ProviderNames.SunoApi, "V5", "rain")
            : (await SunoSourceSong.MakeAsync(_suno, Requests.Song(ProviderNames.SunoApi, "V5"))).Operation(kind);
        Emulator.Script(new SunoTaskScript { FailStatus = status, FailCode = 400, FailMessage = "The converter broke" });
        var taskId = (await Provider.SubmitAsync(request, "task-2", CancellationToken.None)).ProviderTaskId!;

        var (last, _) = await _suno.PollUntilAsync(Provider, taskId, request, ProviderStage.Complete);

        Assert.Equal((ProviderStage.Failed, message, false), (last.Stage, last.Failure.UserMessage, last.Failure!.IsTransient));
        var callback = await SunoSourceSong.DeliveredCallbackAsync(Emulator, taskId);
        Assert.Equal((ProviderStage.Failed, last.Failure), (callback.Progress.Stage, callback.Progress.Failure));
        Assert.EndsWith("-error", callback.Stage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(OperationKind.Lyrics)]
    [InlineData(OperationKind.Wav)]
    [InlineData(OperationKind.Stems)]
    public async Task GetProgressAsync_UnknownOperationTask_Fails(OperationKind kind)
    {
        var request = Requests.On(Requests.Song(ProviderNames.SunoApi, "V5"), "task-1", new ProviderTrack { Index = 1, ProviderTrackId = "t" }, kind);

        var progress = await Provider.GetProgressAsync("0123456789abcdef", request, CancellationToken.None);

        Assert.Equal((ProviderStage.Failed, "unknown-task"), (progress.Stage, progress.Failure!.Code));
    }

    [Fact]
    public async Task GetProgressAsync_WavRecordInfoServerErrors_AreRetried()
    {
        var source = await SunoSourceSong.MakeAsync(_suno, Requests.Song(ProviderNames.SunoApi, "V5"));
        var request = source.Operation(OperationKind.Wav);
        var taskId = (await Provider.SubmitAsync(request, "task-2", CancellationToken.None)).ProviderTaskId!;
        Emulator.Faults.Add("wav-record-info", new Fault.Http(500));
        Emulator.Faults.Add("wav-record-info", new Fault.Business("455", "System maintenance"));

        var progress = await Provider.GetProgressAsync(taskId, request, CancellationToken.None);

        Assert.NotEqual(ProviderStage.Failed, progress.Stage);
        Assert.Equal(3, Emulator.RequestsTo("/api/v1/wav/record-info").Count());
    }

    private static TrackOperation Without(TrackOperation operation, string field) => field switch
    {
        nameof(TrackOperation.SourceTrackId) => operation with { SourceTrackId = null },
        nameof(TrackOperation.SourceAudioUrl) => operation with { SourceAudioUrl = null },
        nameof(TrackOperation.SourceProviderTaskId) => operation with { SourceProviderTaskId = null },
        nameof(TrackOperation.Prompt) => operation with { Prompt = null },
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };
}
