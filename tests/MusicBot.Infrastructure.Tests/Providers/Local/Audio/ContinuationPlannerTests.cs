using MusicBot.Infrastructure.Providers.Local.Audio;

namespace MusicBot.Infrastructure.Tests.Providers.Local.Audio;

public sealed class ContinuationPlannerTests
{
    private static readonly MusicPlan Source = StylePlanner.Plan("lo-fi chill piano", 2);

    [Fact]
    public void Continue_AnyTake_KeepsTheBandAndMovesToTheNextSection()
    {
        var next = ContinuationPlanner.Continue(Source, 1);

        Assert.Equal((Source.Tempo, Source.Key, Source.Scale, Source.Duration), (next.Tempo, next.Key, next.Scale, next.Duration));
        Assert.Equal(Source.Instruments, next.Instruments);
        Assert.Equal(1, next.Section);
        Assert.Equal(2, ContinuationPlanner.Continue(next, 1).Section);
        Assert.NotEqual(Source.Seed, next.Seed);
    }

    [Fact]
    public void Continue_TwoTakes_GetTheirOwnSeedsButTheSameSeedEveryTime()
    {
        Assert.NotEqual(ContinuationPlanner.Continue(Source, 1).Seed, ContinuationPlanner.Continue(Source, 2).Seed);
        Assert.Equal(ContinuationPlanner.Continue(Source, 2), ContinuationPlanner.Continue(Source, 2));
    }

    [Fact]
    public void Continue_RenderedAsAContinuation_IsNewMusicThatStartsAtOnce()
    {
        var source = TrackSynthesizer.RenderTake(Source).Mix;
        var next = TrackSynthesizer.RenderTake(ContinuationPlanner.Continue(Source, 1), isContinuation: true).Mix;

        Assert.Equal(source.Length, next.Length);
        Assert.True(source.Zip(next).Count(p => p.First != p.Second) > source.Length / 2);
        // No fade-in: the downbeat is at full level within the first few milliseconds.
        Assert.Contains(next.Take(2 * DspMath.Frames(0.02)), s => Math.Abs((int)s) > 1000);
    }
}
