using MusicBot.Infrastructure.Tests.Support;
using Microsoft.Extensions.Options;
using MusicBot.Core.Providers;
using MusicBot.Infrastructure.Providers.Local;
using MusicBot.Testing;

namespace MusicBot.Infrastructure.Tests.Providers.Local;

public sealed class LocalMusicProviderTests : IDisposable
{
    private readonly TestDataDirectory _data = new();
    private readonly ManualTimeProvider _time = new();
    private readonly LocalMusicProvider _provider;

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

    private LocalMusicProvider Create() => new(
        Options.Create(new LocalProviderOptions { StageDelay = TimeSpan.FromSeconds(1) }),
        _data.Options,
        _time);

    private async Task<string> SubmitAsync()
    {
        var outcome = await _provider.SubmitAsync(
            new GenerationRequest { Provider = ProviderNames.Local, Model = "synth", Style = "lo-fi piano, rainy night" },
            "task-1",
            CancellationToken.None);
        Assert.True(outcome.IsAccepted);
        return outcome.ProviderTaskId!;
    }
}
