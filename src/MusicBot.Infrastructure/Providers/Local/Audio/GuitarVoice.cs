namespace MusicBot.Infrastructure.Providers.Local.Audio;

// Karplus-Strong plucked string: a burst of seeded noise circulating in a delay line one period long,
// softened a little on each pass, which is how a real string loses its high harmonics.
internal static class GuitarVoice
{
    public static void Render(Span<float> note, double frequency, SplitMix64 noise)
    {
        var period = Math.Max(2, (int)Math.Round((DspMath.SampleRate / frequency) - 0.5));
        var line = new float[period];

        // Low-passing the initial burst is like picking with a thumb rather than a plectrum.
        var previous = 0f;
        for (var i = 0; i < period; i++)
        {
            previous += 0.55f * (noise.NextSigned() - previous);
            line[i] = previous;
        }

        // Higher strings lose energy per pass faster, so keep the overall ring time similar.
        var damping = (float)Math.Clamp(0.9975 - (frequency * 0.0000025), 0.990, 0.9975);
        var position = 0;
        for (var i = 0; i < note.Length; i++)
        {
            var next = position + 1 == period ? 0 : position + 1;
            var sample = line[position];
            line[position] = damping * 0.5f * (sample + line[next]);
            note[i] += sample;
            position = next;
        }
    }
}
