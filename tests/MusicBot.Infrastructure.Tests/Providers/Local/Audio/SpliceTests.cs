using MusicBot.Infrastructure.Providers.Local.Audio;

namespace MusicBot.Infrastructure.Tests.Providers.Local.Audio;

public sealed class SpliceTests
{
    private const int Cut = 1000;

    [Fact]
    public void Into_EarlierAudioRingingPastTheCut_KeepsItUpToTheCutThenFadesItUnderTheContinuation()
    {
        var target = Stereo(Cut + 2000, _ => 8000);
        var continuation = Stereo(1000, f => (short)(f % 7 * 100));

        Splice.Into(target, earlierFrames: Cut + 2000, Cut, continuation);

        Assert.All(target.Take(2 * Cut), s => Assert.Equal(8000, s));
        // Inside the overlap the earlier audio falls away step by step; after it only the continuation is left.
        var overlap = Splice.Overlap;
        var earlierShare = Enumerable.Range(0, overlap).Select(i => target[2 * (Cut + i)] - continuation[2 * i]).ToList();
        Assert.True(earlierShare[0] > 7900 && earlierShare[^1] < 100, $"{earlierShare[0]} … {earlierShare[^1]}");
        Assert.Equal(earlierShare.OrderDescending(), earlierShare);
        Assert.Equal(continuation.Skip(2 * overlap), target.Skip(2 * (Cut + overlap)).Take(continuation.Length - (2 * overlap)));
    }

    [Fact]
    public void Into_EarlierAudioEndingAtTheCut_CopiesTheContinuationUnchanged()
    {
        var target = new short[2 * (Cut + 1000)];
        Array.Fill(target, (short)500, 0, 2 * Cut);
        var continuation = Stereo(1000, f => (short)(f * 3));

        Splice.Into(target, earlierFrames: Cut, Cut, continuation);

        Assert.Equal(continuation, target.Skip(2 * Cut));
    }

    [Fact]
    public void Into_TargetTooShortForTheContinuation_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Splice.Into(new short[2 * Cut], Cut, Cut, Stereo(10, _ => 1)));
    }

    private static short[] Stereo(int frames, Func<int, short> sample) =>
        Enumerable.Range(0, frames).SelectMany(f => new[] { sample(f), sample(f) }).ToArray();
}
