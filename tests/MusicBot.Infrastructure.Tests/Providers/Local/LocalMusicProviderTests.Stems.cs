using MusicBot.Core.Operations;
using MusicBot.Core.Providers;
using MusicBot.Infrastructure.Providers.Local.Audio;
using MusicBot.Infrastructure.Tests.Support;

namespace MusicBot.Infrastructure.Tests.Providers.Local;

public sealed partial class LocalMusicProviderTests
{
    [Fact]
    public async Task GetProgressAsync_Stems_DeliversOneFilePerPartThatAddUpToTheTake()
    {
        var source = await FinishedSongAsync();
        var request = OperationOn(source, OperationKind.Stems, take: 2);
        var id = await SubmitAsync(request);

        var stems = await FinishAsync(id, request);

        Assert.Equal(["drums", "bass", "chords", "melody"], stems.Tracks.Select(t => t.Title));
        Assert.Equal([1, 2, 3, 4], stems.Tracks.Select(t => t.Index));
        AssertAddUpTo(SamplesOf(source.Tracks[1]), stems.Tracks);
    }

    [Fact]
    public async Task GetProgressAsync_StemsOfAnExtension_AddUpToTheExtendedTake()
    {
        var source = await FinishedSongAsync();
        var extend = OperationOn(source, OperationKind.Extend, continueAt: 6.5);
        var extendId = await SubmitAsync(extend);
        var extended = new FinishedSong(extendId, extend, (await FinishAsync(extendId, extend)).Tracks);
        var request = OperationOn(extended, OperationKind.Stems, take: 2);
        var id = await SubmitAsync(request);

        var stems = await FinishAsync(id, request);

        AssertAddUpTo(SamplesOf(extended.Tracks[1]), stems.Tracks);
    }

    [Fact]
    public async Task GetProgressAsync_StemsOfADrumlessSong_HasNoDrumStem()
    {
        var source = await FinishedSongAsync(NewSong with { Style = "ambient, no drums" });
        var request = OperationOn(source, OperationKind.Stems);
        var id = await SubmitAsync(request);

        var stems = await FinishAsync(id, request);

        Assert.DoesNotContain("drums", stems.Tracks.Select(t => t.Title));
        AssertAddUpTo(SamplesOf(source.Tracks[0]), stems.Tracks);
    }

    [Fact]
    public async Task GetProgressAsync_StemsAfterRestart_AreDeliveredFromTheSavedJob()
    {
        var source = await FinishedSongAsync();
        var request = OperationOn(source, OperationKind.Stems);
        var id = await SubmitAsync(request);
        Assert.Equal(ProviderStage.Pending, (await _provider.GetProgressAsync(id, request, CancellationToken.None)).Stage);
        _time.Advance(TimeSpan.FromSeconds(1));

        var stems = await Create().GetProgressAsync(id, request, CancellationToken.None);

        Assert.Equal(ProviderStage.Complete, stems.Stage);
        AssertAddUpTo(SamplesOf(source.Tracks[0]), stems.Tracks);
    }

    [Fact]
    public async Task GetProgressAsync_StemsOfATakeThatNoLongerMatchesItsRecipe_FailsAndWritesNoStems()
    {
        var source = await FinishedSongAsync();
        var path = new Uri(source.Tracks[0].AudioUrl!).LocalPath;
        var louder = SamplesOf(source.Tracks[0]).Select(s => (short)Math.Clamp(s * 2, -32767, 32767)).ToArray();
        using (var file = File.Create(path))
        {
            WavFormat.Write(file, louder);
        }

        var request = OperationOn(source, OperationKind.Stems);
        var id = await SubmitAsync(request);
        _time.Advance(TimeSpan.FromSeconds(10));
        var progress = await _provider.GetProgressAsync(id, request, CancellationToken.None);

        Assert.Equal(ProviderStage.Failed, progress.Stage);
        Assert.Equal("source-changed", progress.Failure!.Code);
        Assert.Empty(Directory.GetFiles(Path.Combine(_data.Path, "tracks"), $"{id}-*"));
    }

    [Fact]
    public async Task GetProgressAsync_StemsWhoseSourceAudioIsDamaged_FailsWithTheReason()
    {
        var source = await FinishedSongAsync();
        var path = new Uri(source.Tracks[0].AudioUrl!).LocalPath;
        await File.WriteAllBytesAsync(path, (await File.ReadAllBytesAsync(path))[..^3]);

        var request = OperationOn(source, OperationKind.Stems);
        var id = await SubmitAsync(request);
        _time.Advance(TimeSpan.FromSeconds(10));
        var progress = await _provider.GetProgressAsync(id, request, CancellationToken.None);

        Assert.Equal(ProviderStage.Failed, progress.Stage);
        Assert.Equal("source-damaged", progress.Failure!.Code);
        Assert.Contains("damaged", progress.Failure.UserMessage, StringComparison.Ordinal);
    }

    // Each stem file is rounded to 16 bits on its own, so the sum may be a few steps from the mix, never more.
    private static void AssertAddUpTo(short[] mix, IReadOnlyList<ProviderTrack> stems)
    {
        var parts = stems.Select(SamplesOf).ToList();
        Assert.All(parts, p => Assert.Equal(mix.Length, p.Length));
        Assert.All(parts, p => Assert.NotEqual(mix, p));
        var worst = Enumerable.Range(0, mix.Length).Max(i => Math.Abs(parts.Sum(p => p[i]) - mix[i]));
        Assert.True(worst <= 4, $"the stems differ from the mix by up to {worst}");
        Assert.True(mix.Max(s => Math.Abs((int)s)) > 5000);
    }
}
