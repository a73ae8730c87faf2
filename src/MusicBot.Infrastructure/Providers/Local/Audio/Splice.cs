namespace MusicBot.Infrastructure.Providers.Local.Audio;

// Joins a continuation onto earlier audio at a frame. Up to the cut the earlier audio is kept sample for
// sample; after it, whatever was still ringing is faded out over a few milliseconds (a hard cut would click)
// while the continuation starts on its downbeat. Samples are interleaved 16-bit stereo.
internal static class Splice
{
    private static readonly int DeclickFrames = DspMath.Frames(0.01);

    // The frames of earlier audio past the cut that the join still uses.
    public static int Overlap => DeclickFrames;

    // `target` already holds `earlierFrames` frames of earlier audio; the continuation is written from `cut`.
    public static void Into(short[] target, int earlierFrames, int cut, ReadOnlySpan<short> continuation)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(cut);
        ArgumentOutOfRangeException.ThrowIfLessThan(target.Length, (2 * cut) + continuation.Length);
        var frames = continuation.Length / 2;
        for (var i = 0; i < frames; i++)
        {
            var ringing = cut + i < earlierFrames && i < DeclickFrames ? 1f - ((i + 1f) / DeclickFrames) : 0f;
            for (var channel = 0; channel < 2; channel++)
            {
                var at = (2 * (cut + i)) + channel;
                var earlier = ringing > 0f ? target[at] * ringing : 0f;
                target[at] = ringing > 0f
                    ? Pcm16.From((earlier + continuation[(2 * i) + channel]) / short.MaxValue)
                    : continuation[(2 * i) + channel];
            }
        }
    }
}
