using System.Text.Json.Nodes;
using MusicBot.Core.Operations;
using MusicBot.Core.Providers;
using MusicBot.Emulators.Music.MusicApi;
using MusicBot.Infrastructure.Providers.MusicApi;
using MusicBot.Infrastructure.Providers.Remote;
using MusicBot.Infrastructure.Tests.Support;

namespace MusicBot.Infrastructure.Tests.Providers.MusicApi;

/// <summary>
/// <see cref="MusicApiProvider"/>'s one operation, extend (<c>task_type: extend_music</c>), submitted and polled to the
/// end at the emulator, and the emulator holding extend requests to the documented rules. (New songs: MusicApiProviderTests.)
/// </summary>
public sealed class MusicApiProviderExtendTests : IAsyncLifetime
{
    private EmulatedProvider<MusicApiEmulator> _api = null!;

    private IMusicProvider Provider => _api.Provider(ProviderNames.MusicApi);

    private MusicApiEmulator Emulator => _api.Emulator;

    public async Task InitializeAsync() => _api = await Emulated.StartAsync(new MusicApiEmulator(), "MusicApi");

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public void Operations_AreExtendOnly() => Assert.Equal([OperationKind.Extend], Provider.Operations);

    [Fact]
    public async Task SubmitAsync_ExtendFromTheEnd_ContinuesAtTheClipsLengthWithTheSongsLyricsAndCompletes()
    {
        var (song, taskId, clip) = await FinishedSongAsync(Requests.Song(ProviderNames.MusicApi, "sonic-v5"));
        var request = Requests.On(song, taskId, clip, OperationKind.Extend);

        var extended = await SubmitAsync(request);

        var body = LastCreate();
        Assert.Equal(
            ["audio_weight", "continue_at", "continue_clip_id", "custom_mode", "make_instrumental", "mv", "negative_tags", "prompt", "style_weight", "tags", "task_type", "title", "vocal_gender", "weirdness_constraint"],
            body.Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.Equal(("extend_music", clip.ProviderTrackId, clip.DurationSeconds, true, "sonic-v5"), ((string?)body["task_type"], (string?)body["continue_clip_id"], (double?)body["continue_at"], (bool)body["custom_mode"]!, (string?)body["mv"]));
        Assert.Equal((song.Lyrics, "Quiet Tune", "dream pop, shimmering guitars"), ((string?)body["prompt"], (string?)body["title"], (string?)body["tags"]));
        var (last, _) = await _api.PollUntilAsync(Provider, extended, request, ProviderStage.Complete);
        Assert.Equal(2, last.Tracks.Count);
        Assert.All(last.Tracks, t => Assert.True(t.HasAudio && t.Title == "Quiet Tune" && t.ProviderTrackId != clip.ProviderTrackId));
    }

    [Fact]
    public async Task SubmitAsync_ExtendFromAChosenSecond_SendsThatSecond()
    {
        var (song, taskId, clip) = await FinishedSongAsync(Requests.Song(ProviderNames.MusicApi, "sonic-v4-5"));

        await SubmitAsync(Requests.On(song, taskId, clip, OperationKind.Extend, continueAt: 1.5));

        Assert.Equal((1.5, "sonic-v4-5"), ((double?)LastCreate()["continue_at"], (string?)LastCreate()["mv"]));
    }

    [Fact]
    public async Task SubmitAsync_ExtendOfADescribedSong_IsNotCustomAndContinuesTheSourceClip()
    {
        var (song, taskId, clip) = await FinishedSongAsync(Requests.Description(ProviderNames.MusicApi, "sonic-v5"));
        var request = Requests.On(song, taskId, clip, OperationKind.Extend);

        var extended = await SubmitAsync(request);

        var body = LastCreate();
        Assert.Equal((false, "an upbeat summer song about road trips", false), ((bool)body["custom_mode"]!, (string?)body["gpt_description_prompt"], body.ContainsKey("prompt")));
        var (last, _) = await _api.PollUntilAsync(Provider, extended, request, ProviderStage.Complete);
        Assert.All(last.Tracks, t => Assert.Equal(clip.Title, t.Title));
    }

    [Theory]
    [InlineData(null, 120.0, "Could not ask musicapi to extend a song: the source track has no MusicAPI clip id.")]
    [InlineData("clip-1", null, "Could not ask musicapi to extend a song: musicapi needs the second to continue from, and the source track's length is unknown; give a starting point.")]
    public async Task SubmitAsync_ExtendWithoutClipOrSecond_SendsNothingAndFailsForGood(string? clipId, double? length, string message)
    {
        var clip = new ProviderTrack { Index = 1, ProviderTrackId = clipId, DurationSeconds = length, Title = "Quiet Tune" };

        var outcome = await Provider.SubmitAsync(Requests.On(Requests.Song(ProviderNames.MusicApi, "sonic-v5"), "task-1", clip, OperationKind.Extend), "task-2", CancellationToken.None);

        Assert.Equal((ProviderFailures.IncompleteCode, message, false), (outcome.Failure!.Code, outcome.Failure.UserMessage, outcome.Failure.IsTransient));
        Assert.Empty(Emulator.Requests);
    }

    [Fact]
    public async Task SubmitAsync_ExtendOfAClipNotOfThisAccount_IsRefusedWithTheReason()
    {
        var clip = new ProviderTrack { Index = 1, ProviderTrackId = "someone-elses-clip", DurationSeconds = 100, Title = "Quiet Tune" };

        var outcome = await Provider.SubmitAsync(Requests.On(Requests.Song(ProviderNames.MusicApi, "sonic-v5"), "task-1", clip, OperationKind.Extend), "task-2", CancellationToken.None);

        Assert.Equal(("400", false), (outcome.Failure!.Code, outcome.Failure.IsTransient));
        Assert.Contains("continue_clip_id is not a clip of this account", outcome.Failure.UserMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"task_type":"extend_music","continue_clip_id":"{clip}","mv":"sonic-v5","custom_mode":false}""", "continue_at is required when task_type = extend_music")]
    [InlineData("""{"task_type":"extend_music","continue_clip_id":"{clip}","continue_at":0,"mv":"sonic-v5","custom_mode":false}""", "continue_at is required when task_type = extend_music")]
    [InlineData("""{"task_type":"extend_music","continue_clip_id":"{clip}","continue_at":2,"mv":"sonic-v5"}""", "The 'custom_mode' field should be boolean.")]
    [InlineData("""{"task_type":"extend_music","continue_clip_id":"{clip}","continue_at":2,"mv":"sonic-v9","custom_mode":false}""", "The 'mv' field is invalid.")]
    public async Task Emulator_ExtendMissingADocumentedField_IsRefusedWith400(string json, string message)
    {
        var (_, _, clip) = await FinishedSongAsync(Requests.Song(ProviderNames.MusicApi, "sonic-v5"));
        using var http = new HttpClient { BaseAddress = Emulator.BaseUrl };
        http.DefaultRequestHeaders.Authorization = new("Bearer", Emulator.ApiKey);

        using var response = await http.PostAsync("api/v1/sonic/create", new StringContent(json.Replace("{clip}", clip.ProviderTrackId, StringComparison.Ordinal)));

        Assert.Equal(400, (int)response.StatusCode);
        Assert.StartsWith(message, (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["message"], StringComparison.Ordinal);
    }

    private async Task<(GenerationRequest Song, string TaskId, ProviderTrack Clip)> FinishedSongAsync(GenerationRequest song)
    {
        var taskId = (await Provider.SubmitAsync(song, "task-1", CancellationToken.None)).ProviderTaskId!;
        return (song, taskId, (await _api.PollUntilAsync(Provider, taskId, ProviderStage.Complete)).Last.Tracks[0]);
    }

    private async Task<string> SubmitAsync(GenerationRequest request)
    {
        var outcome = await Provider.SubmitAsync(request, "task-2", CancellationToken.None);
        Assert.True(outcome.IsAccepted, outcome.Failure?.UserMessage);
        return outcome.ProviderTaskId!;
    }

    private JsonObject LastCreate() => Fixtures.Object(Emulator.RequestsTo("/api/v1/sonic/create").Last().Body);
}
