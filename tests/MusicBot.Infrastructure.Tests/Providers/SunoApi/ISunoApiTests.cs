using System.Text.Json.Nodes;
using MusicBot.Core.Providers;
using MusicBot.Emulators.Music.SunoApi;
using MusicBot.Infrastructure.Providers.Remote;
using MusicBot.Infrastructure.Providers.SunoApi;
using MusicBot.Infrastructure.Tests.Support;

namespace MusicBot.Infrastructure.Tests.Providers.SunoApi;

/// <summary>The sunoapi endpoints beyond generate and record-info (extend, cover, add vocals or an instrumental, lyrics, WAV, stems, timestamps, credits), through the Refit client against the emulator.</summary>
public sealed class ISunoApiTests : IAsyncLifetime
{
    private const string Callback = "https://bot.example.test/callbacks/sunoapi/x";
    private EmulatedProvider<SunoApiEmulator> _suno = null!;
    private string _taskId = "";
    private string _audioId = "";

    private ISunoApi Api => _suno.Services.Get<ISunoApi>();

    public async Task InitializeAsync()
    {
        _suno = await Emulated.StartAsync(new SunoApiEmulator(), "SunoApi");
        var provider = _suno.Provider(ProviderNames.SunoApi);
        _taskId = (await provider.SubmitAsync(Requests.Song(ProviderNames.SunoApi, "V5"), "task-1", CancellationToken.None)).ProviderTaskId!;
        _audioId = (await _suno.PollUntilAsync(provider, _taskId, ProviderStage.Complete)).Last.Tracks[0].ProviderTrackId!;
    }

    public async Task DisposeAsync() => await _suno.DisposeAsync();

    [Fact]
    public async Task ExtendAsync_FromATrack_CreatesAnExtendTaskThatCompletes()
    {
        var reply = await Api.ExtendAsync(
            new SunoExtendBody { DefaultParamFlag = true, AudioId = _audioId, Prompt = "[Bridge]\nmore", Style = "dream pop", Title = "Quiet Tune II", ContinueAt = 1.5, Model = "V5", CallBackUrl = Callback },
            CancellationToken.None).ReadAsync();

        Assert.Equal(200, reply.Body!.Code);
        var record = await RecordAsync(reply.Body.Data!.TaskId!);
        Assert.Equal(("extend", _audioId), (record.OperationType, record.ParentMusicId));
        var body = Fixtures.Object(Assert.Single(_suno.Emulator.RequestsTo("/api/v1/generate/extend")).Body);
        Assert.Equal(["audioId", "callBackUrl", "continueAt", "defaultParamFlag", "model", "prompt", "style", "title"], body.Select(p => p.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ExtendAsync_UnknownAudio_IsRefusedWith400()
    {
        var reply = await Api.ExtendAsync(new SunoExtendBody { DefaultParamFlag = false, AudioId = "nope", Model = "V5", CallBackUrl = Callback }, CancellationToken.None).ReadAsync();

        Assert.Equal(400, reply.Body!.Code);
    }

    [Fact]
    public async Task UploadCoverAsync_CreatesACoverTask()
    {
        var reply = await Api.UploadCoverAsync(
            new SunoUploadCoverBody { UploadUrl = "https://files.example.test/song.mp3", CustomMode = false, Instrumental = false, Prompt = "make it jazz", Model = "V4_5", CallBackUrl = Callback },
            CancellationToken.None).ReadAsync();

        Assert.Equal("upload_cover", (await RecordAsync(reply.Body!.Data!.TaskId!)).OperationType);
    }

    [Fact]
    public async Task AddInstrumentalAsync_SendsTheStyleAsTags()
    {
        var reply = await Api.AddInstrumentalAsync(
            new SunoAddInstrumentalBody { UploadUrl = "https://files.example.test/vocals.mp3", Title = "Backing", NegativeTags = "metal", Tags = "soft piano", CallBackUrl = Callback, Model = "V4_5PLUS" },
            CancellationToken.None).ReadAsync();

        Assert.Equal("add_instrumental", (await RecordAsync(reply.Body!.Data!.TaskId!)).OperationType);
        var body = Fixtures.Object(Assert.Single(_suno.Emulator.RequestsTo("/api/v1/generate/add-instrumental")).Body);
        Assert.Equal(("soft piano", false), ((string?)body["tags"], body.ContainsKey("style")));
    }

    [Fact]
    public async Task AddVocalsAsync_SendsTheStyleAsStyle()
    {
        var reply = await Api.AddVocalsAsync(
            new SunoAddVocalsBody { UploadUrl = "https://files.example.test/inst.mp3", Prompt = "[Verse]\nla", Title = "Sung", NegativeTags = "metal", Style = "jazz", CallBackUrl = Callback, Model = "V5" },
            CancellationToken.None).ReadAsync();

        Assert.Equal("add_vocals", (await RecordAsync(reply.Body!.Data!.TaskId!)).OperationType);
        Assert.Equal("jazz", (string?)Fixtures.Object(Assert.Single(_suno.Emulator.RequestsTo("/api/v1/generate/add-vocals")).Body)["style"]);
    }

    [Fact]
    public async Task LyricsAsync_ThenRecordInfo_GivesTwoVariants()
    {
        var taskId = (await Api.GenerateLyricsAsync(new SunoLyricsBody("a night in the city", Callback), CancellationToken.None).ReadAsync()).Body!.Data!.TaskId!;

        var record = await WaitAsync(async () => (await Api.GetLyricsRecordInfoAsync(taskId, CancellationToken.None).ReadAsync()).Body!.Data, r => r?.Response is not null);

        Assert.Equal(2, record!.Response!.Variants.Count);
        Assert.All(record.Response.Variants, v => Assert.Contains("a night in the city", v.Text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ConvertToWavAsync_ThenRecordInfo_GivesADownloadableWavOnceOnly()
    {
        var taskId = (await Api.ConvertToWavAsync(new SunoWavBody(_taskId, _audioId, Callback), CancellationToken.None).ReadAsync()).Body!.Data!.TaskId!;
        var again = await Api.ConvertToWavAsync(new SunoWavBody(_taskId, _audioId, Callback), CancellationToken.None).ReadAsync();

        var record = await WaitAsync(async () => (await Api.GetWavRecordInfoAsync(taskId, CancellationToken.None).ReadAsync()).Body!.Data, r => r?.Response is not null);

        Assert.Equal(409, again.Body!.Code);
        using var http = new HttpClient();
        Assert.Equal("RIFF"u8.ToArray(), (await http.GetByteArrayAsync(record!.Response!.AudioWavUrl))[..4]);
    }

    [Theory]
    [InlineData("separate_vocal", false)]
    [InlineData("split_stem", true)]
    public async Task SeparateStemsAsync_ThenRecordInfo_GivesTheStems(string type, bool split)
    {
        var taskId = (await Api.SeparateStemsAsync(new SunoVocalRemovalBody(_taskId, _audioId, type, Callback), CancellationToken.None).ReadAsync()).Body!.Data!.TaskId!;

        var record = await WaitAsync(async () => (await Api.GetStemsRecordInfoAsync(taskId, CancellationToken.None).ReadAsync()).Body!.Data, r => r?.Response is not null);

        Assert.NotNull(record!.Response!.VocalUrl);
        Assert.Equal(split, record.Response.DrumsUrl is not null);
        Assert.Equal(!split, record.Response.InstrumentalUrl is not null);
    }

    [Fact]
    public async Task GetTimestampedLyricsAsync_FinishedTrack_AlignsEveryWord()
    {
        var reply = await Api.GetTimestampedLyricsAsync(new SunoTimestampedLyricsBody(_taskId, _audioId), CancellationToken.None).ReadAsync();

        var words = reply.Body!.Data!.AlignedWords!;
        Assert.Equal("[Verse]", words[0].Word);
        Assert.True(words.Zip(words.Skip(1)).All(p => p.First.EndS <= p.Second.StartS));
        Assert.False(Fixtures.Object(Assert.Single(_suno.Emulator.RequestsTo("/api/v1/generate/get-timestamped-lyrics")).Body).ContainsKey("musicIndex"));
    }

    [Fact]
    public async Task GetCreditsAsync_AfterOneSong_ShowsTheCharge()
    {
        var reply = await Api.GetCreditsAsync(CancellationToken.None).ReadAsync();

        Assert.Equal(1000 - 12, reply.Body!.Data);
    }

    private async Task<SunoRecordInfo> RecordAsync(string taskId) =>
        (await WaitAsync(async () => (await Api.GetRecordInfoAsync(taskId, CancellationToken.None).ReadAsync()).Body!.Data, r => r?.Status is "SUCCESS" or "CALLBACK_EXCEPTION"))!;

    private static async Task<T?> WaitAsync<T>(Func<Task<T?>> read, Func<T?, bool> done)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (true)
        {
            var value = await read();
            if (done(value) || DateTime.UtcNow > deadline)
            {
                return value;
            }

            await Task.Delay(20);
        }
    }
}
