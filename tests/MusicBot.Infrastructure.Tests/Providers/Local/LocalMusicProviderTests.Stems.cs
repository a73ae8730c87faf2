using MusicBot.Core.Operations;
using MusicBot.Core.Providers;

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
