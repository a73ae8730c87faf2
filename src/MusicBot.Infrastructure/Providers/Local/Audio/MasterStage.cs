namespace MusicBot.Infrastructure.Providers.Local.Audio;

// The master stage of the whole mix, applied to every stem alike so that the stems add up to the mix: one gain
// brings the mix to a steady loudness, the mix's soft clipping is shared out to the stems as the same per-sample
// gain (as a linked bus limiter does), and the fades fall on everything.
internal static class MasterStage
{
    private const double TargetRms = 0.2;
    private const double MaxPeak = 1.3;
    private const float OutputCeiling = 0.97f;

    // Without `withStems` only the mix is kept (a plain render needs nothing else).
    public static RenderedTake Master(IReadOnlyDictionary<Stem, MixBuffer> buses, int frames, int fadeInFrames, int fadeOutFrames, bool withStems)
    {
        ArgumentNullException.ThrowIfNull(buses);
        var left = new float[frames];
        var right = new float[frames];
        foreach (var bus in buses.Values)
        {
            Accumulate(left, bus.Left);
            Accumulate(right, bus.Right);
        }

        var gain = Gain(left, right);
        var mix = new short[2 * frames];
        for (var i = 0; i < frames; i++)
        {
            // Fading after the clipper keeps the timbre of the last chord unchanged while it dies away.
            var fade = Math.Min(1f, Math.Min((i + 1f) / fadeInFrames, (frames - i) / (float)fadeOutFrames));
            var level = fade * fade * OutputCeiling;

            // From here on each channel holds the factor that takes a bus sample to its share of the mix.
            left[i] = Limit(left[i], gain, level, out mix[2 * i]);
            right[i] = Limit(right[i], gain, level, out mix[(2 * i) + 1]);
        }

        var stems = new Dictionary<Stem, short[]>();
        foreach (var (stem, bus) in buses.Where(_ => withStems))
        {
            var samples = new short[2 * frames];
            var busLeft = bus.Left;
            var busRight = bus.Right;
            for (var i = 0; i < frames; i++)
            {
                samples[2 * i] = Pcm16.From(busLeft[i] * left[i]);
                samples[(2 * i) + 1] = Pcm16.From(busRight[i] * right[i]);
            }

            stems.Add(stem, samples);
        }

        return new RenderedTake(mix, stems);
    }

    // Never drive peaks so hard that the clipper distorts.
    private static float Gain(float[] left, float[] right)
    {
        double sumOfSquares = 0;
        var peak = 0f;
        for (var i = 0; i < left.Length; i++)
        {
            sumOfSquares += (left[i] * left[i]) + (right[i] * right[i]);
            peak = Math.Max(peak, Math.Max(Math.Abs(left[i]), Math.Abs(right[i])));
        }

        var rms = Math.Sqrt(sumOfSquares / Math.Max(1, 2 * left.Length));
        return rms > 1e-6 ? (float)Math.Min(TargetRms / rms, MaxPeak / peak) : 1f;
    }

    // Writes the clipped, faded mix sample and returns the factor that takes a bus sample to its share of it.
    private static float Limit(float sum, float gain, float level, out short mixed)
    {
        var driven = sum * gain;
        var clipped = DspMath.SoftClip(driven);
        mixed = Pcm16.From(clipped * level);
        var clipping = driven == 0f ? 1f : clipped / driven;
        return gain * clipping * level;
    }

    private static void Accumulate(float[] total, ReadOnlySpan<float> bus)
    {
        for (var i = 0; i < total.Length; i++)
        {
            total[i] += bus[i];
        }
    }
}
