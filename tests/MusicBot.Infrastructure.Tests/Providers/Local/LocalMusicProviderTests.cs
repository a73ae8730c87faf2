using Microsoft.Extensions.Options;
using MusicBot.Core.Operations;
using MusicBot.Core.Providers;
using MusicBot.Infrastructure.Providers.Local;
using MusicBot.Infrastructure.Tests.Providers.Local.Audio;
using MusicBot.Infrastructure.Tests.Support;
using MusicBot.Testing;

namespace MusicBot.Infrastructure.Tests.Providers.Local;

public sealed partial class LocalMusicProviderTests : IDisposable
{
    private const string Style = "lo-fi piano, rainy night";

    private readonly TestDataDirectory _data = new();
    private readonly FakeTimeProvider _time = new();
    // Without ffmpeg unless a test says otherwise: the WAV world is the same on every machine.
    private LocalMusicProvider _provider;

    public LocalMusicProviderTests()
    {
        _provider = Create();
    }

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task GetProgressAsync_AsTimePasses_WalksThroughEveryStage()
    {
        var id = await SubmitAsync();

        Assert.Equal(ProviderStage.Pending, (await _provider.GetProgressAsync(id, SongRequest.Plain, CancellationToken.None)).Stage);
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(ProviderStage.TextReady, (await _provider.GetProgressAsync(id, SongRequest.Plain, CancellationToken.None)).Stage);
        _time.Advance(TimeSpan.FromSeconds(1));
        var first = await _provider.GetProgressAsync(id, SongRequest.Plain, CancellationToken.None);
        Assert.Equal(ProviderStage.FirstTrackReady, first.Stage);
        Assert.True(first.Tracks[0].HasAudio);
        Assert.False(first.Tracks[1].HasAudio);
        _time.Advance(TimeSpan.FromSeconds(1));
        var complete = await _provider.GetProgressAsync(id, SongRequest.Plain, CancellationToken.None);
        Assert.Equal(ProviderStage.Complete, complete.Stage);
        Assert.All(complete.Tracks, t => Assert.True(File.Exists(new Uri(t.AudioUrl!).LocalPath)));
        Assert.All(complete.Tracks, t => Assert.True(t.DurationSeconds >= 8));
        Assert.NotEqual(complete.Tracks[0].AudioUrl, complete.Tracks[1].AudioUrl);
    }

    [Fact]
    public async Task GetProgressAsync_UntitledLongStyleWithAnEmojiAtTheCut_TitleKeepsTheEmojiWhole()
    {
        // 39 letters, then an emoji whose two UTF-16 halves straddle the 40th unit, where the title is cut.
        var style = new string('a', 39) + "\U0001F3B9 piano, rainy night";

        var song = await FinishedSongAsync(NewSong with { Style = style });

        var title = song.Tracks[0].Title!;
        Assert.Equal(new string('a', 39) + "… (take 1)", title, ignoreCase: true);
        Assert.DoesNotContain(title, char.IsSurrogate);
    }

    [Fact]
    public async Task GetProgressAsync_AfterRestart_ContinuesTheSameJob()
    {
        var id = await SubmitAsync();
        _time.Advance(TimeSpan.FromSeconds(5));

        var complete = await Create().GetProgressAsync(id, SongRequest.Plain, CancellationToken.None);

        Assert.Equal(ProviderStage.Complete, complete.Stage);
        Assert.Equal(2, complete.Tracks.Count(t => t.HasAudio));
        Assert.Empty(Directory.GetFiles(Path.Combine(_data.Path, "tracks"), "*.part"));
    }

    [Fact]
    public async Task GetProgressAsync_UnknownTask_ReportsFailure()
    {
        var progress = await _provider.GetProgressAsync("local-doesnotexist", SongRequest.Plain, CancellationToken.None);

        Assert.Equal(ProviderStage.Failed, progress.Stage);
        Assert.NotNull(progress.Failure);
    }

    [Fact]
    public async Task GetProgressAsync_TaskIdWithPathSeparators_IsRefused()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => _provider.GetProgressAsync("../../etc/passwd", SongRequest.Plain, CancellationToken.None));
    }

    [Fact]
    public void Operations_AreExtendWavAndStems()
    {
        Assert.Equal([OperationKind.Extend, OperationKind.Wav, OperationKind.Stems], _provider.Operations.Order());
    }

    [Theory]
    [InlineData(OperationKind.AddVocals)]
    [InlineData(OperationKind.AddInstrumental)]
    public async Task SubmitAsync_OperationItDoesNotOffer_IsRejectedWithoutAJob(OperationKind kind)
    {
        var source = await FinishedSongAsync();

        var outcome = await _provider.SubmitAsync(OperationOn(source, kind), "task-2", CancellationToken.None);

        Assert.False(outcome.IsAccepted);
        Assert.Contains("does not offer", outcome.Failure!.UserMessage, StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(Path.Combine(_data.Path, "local-jobs")));
    }

    private LocalMusicProvider Create(bool withFfmpeg = false) => new(
        Options.Create(new LocalProviderOptions { StageDelay = TimeSpan.FromSeconds(1) }),
        _data.Options,
        _time,
        AudioWorld.Encoder(withFfmpeg ? null : AudioWorld.NoFfmpegFolder(_data.Path)));

    private async Task<string> SubmitAsync(GenerationRequest? request = null)
    {
        var outcome = await _provider.SubmitAsync(request ?? NewSong, "task-1", CancellationToken.None);
        Assert.True(outcome.IsAccepted, outcome.Failure?.UserMessage);
        return outcome.ProviderTaskId!;
    }

    private static GenerationRequest NewSong => new() { Provider = ProviderNames.Local, Model = "synth", Style = Style };

    /// <summary>Polls until the provider reports the end (it takes at most a few stage delays).</summary>
    private async Task<ProviderProgress> FinishAsync(string id, GenerationRequest request)
    {
        _time.Advance(TimeSpan.FromSeconds(10));
        var progress = await _provider.GetProgressAsync(id, request, CancellationToken.None);
        Assert.True(progress.Stage == ProviderStage.Complete, $"{progress.Stage}: {progress.Failure?.UserMessage}");
        return progress;
    }

    private async Task<FinishedSong> FinishedSongAsync(GenerationRequest? request = null)
    {
        request ??= NewSong;
        var id = await SubmitAsync(request);
        return new FinishedSong(id, request, (await FinishAsync(id, request)).Tracks);
    }

    /// <summary>The request Core builds for an operation: the source task's request with the source track copied in.</summary>
    private static GenerationRequest OperationOn(FinishedSong source, OperationKind kind, int take = 1, double? continueAt = null)
    {
        var track = source.Tracks.Single(t => t.Index == take);
        return source.Request with
        {
            Title = track.Title,
            Operation = new TrackOperation
            {
                Kind = kind,
                SourceTaskId = 1,
                SourceTrackIndex = track.Index,
                SourceProviderTaskId = source.ProviderTaskId,
                SourceTrackId = track.ProviderTrackId,
                SourceAudioUrl = track.AudioUrl,
                SourceDurationSeconds = track.DurationSeconds,
                ContinueAtSeconds = continueAt,
            },
        };
    }

    private static short[] SamplesOf(ProviderTrack track) => WavReader.Read(File.ReadAllBytes(new Uri(track.AudioUrl!).LocalPath)).Samples;

    private sealed record FinishedSong(string ProviderTaskId, GenerationRequest Request, IReadOnlyList<ProviderTrack> Tracks);
}
