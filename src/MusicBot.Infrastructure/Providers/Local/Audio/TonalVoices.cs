using static MusicBot.Infrastructure.Providers.Local.Audio.DspMath;

namespace MusicBot.Infrastructure.Providers.Local.Audio;

// Oscillator recipes for the pitched instruments. Each adds one note, before its envelope, into `note`.
internal static class TonalVoices
{
    // Radians of phase modulation expressed as a fraction of the 32-bit phase circle.
    private const float RadiansToPhase = 683565275.6f;

    private static readonly float[] PianoPartials = [1f, 0.42f, 0.22f, 0.12f, 0.07f, 0.04f];

    public static void Piano(Span<float> note, double frequency, int midi)
    {
        // Higher notes die away sooner, and every partial sooner than the one below it, as on a real string.
        var baseDecay = Math.Clamp(2.4 - ((midi - 48) * 0.035), 0.5, 3.0);
        Span<float> level = stackalloc float[PianoPartials.Length];
        Span<float> decay = stackalloc float[PianoPartials.Length];
        for (var k = 0; k < level.Length; k++)
        {
            level[k] = (k + 1) * frequency < 12000 ? PianoPartials[k] : 0f;
            decay[k] = DecayPerFrame(baseDecay / (1.0 + (0.7 * k)));
        }

        // A second, slightly sharp string per key gives the slow beating of a real piano.
        var increment = PhaseIncrement(frequency);
        var unison = PhaseIncrement(frequency * 1.0011);
        uint phase = 0;
        uint phase2 = 0;
        for (var i = 0; i < note.Length; i++)
        {
            phase += increment;
            phase2 += unison;
            var sum = level[0] * 0.3f * Sine(phase2);
            for (var k = 0; k < level.Length; k++)
            {
                level[k] *= decay[k];
                sum += level[k] * Sine(phase * (uint)(k + 1));
            }

            note[i] += sum;
        }
    }

    public static void Ensemble(Span<float> note, double frequency, ReadOnlySpan<double> detune, float brightness)
    {
        // Detuned sawtooths through a one-pole low-pass: strings when bright, a pad when dark.
        Span<uint> phases = stackalloc uint[detune.Length];
        Span<uint> increments = stackalloc uint[detune.Length];
        for (var v = 0; v < detune.Length; v++)
        {
            increments[v] = PhaseIncrement(frequency * detune[v]);
            phases[v] = (uint)(v * 0x55555555u);
        }

        var gain = 1f / detune.Length;
        var filtered = 0f;
        for (var i = 0; i < note.Length; i++)
        {
            var sum = 0f;
            for (var v = 0; v < phases.Length; v++)
            {
                phases[v] += increments[v];
                sum += Saw(phases[v]);
            }

            filtered += brightness * ((sum * gain) - filtered);
            note[i] += filtered;
        }
    }

    public static void Pluck(Span<float> note, double frequency)
    {
        // Two-operator FM with a fast-falling index: a bright attack that mellows into a bell-like sine.
        var carrier = PhaseIncrement(frequency);
        var modulator = PhaseIncrement(frequency * 2.0);
        var amplitudeDecay = DecayPerFrame(0.45);
        var indexDecay = DecayPerFrame(0.07);
        uint carrierPhase = 0;
        uint modulatorPhase = 0;
        var amplitude = 1f;
        var index = 2.6f;
        for (var i = 0; i < note.Length; i++)
        {
            carrierPhase += carrier;
            modulatorPhase += modulator;
            amplitude *= amplitudeDecay;
            index *= indexDecay;
            var offset = (uint)(int)(Sine(modulatorPhase) * index * RadiansToPhase);
            note[i] += amplitude * Sine(carrierPhase + offset);
        }
    }

    public static void Lead(Span<float> note, double frequency)
    {
        // Soft square from odd harmonics, with vibrato fading in after the attack like a singer's.
        var increment = PhaseIncrement(frequency);
        var vibratoIncrement = PhaseIncrement(5.2);
        var vibratoStart = Frames(0.18);
        var vibratoRamp = 1f / Frames(0.3);
        uint phase = 0;
        uint vibratoPhase = 0;
        for (var i = 0; i < note.Length; i++)
        {
            vibratoPhase += vibratoIncrement;
            var depth = Math.Clamp((i - vibratoStart) * vibratoRamp, 0f, 1f) * 0.004f;
            phase += (uint)(increment * (1f + (depth * Sine(vibratoPhase))));
            note[i] += Sine(phase) + (0.3f * Sine(phase * 3)) + (0.15f * Sine(phase * 5)) + (0.07f * Sine(phase * 7));
        }
    }

    public static void Bass(Span<float> note, double frequency)
    {
        // Sine with a little self-modulation at the attack for pluck, then gently saturated for warmth.
        var increment = PhaseIncrement(frequency);
        var indexDecay = DecayPerFrame(0.05);
        var index = 1.2f;
        uint phase = 0;
        for (var i = 0; i < note.Length; i++)
        {
            phase += increment;
            index *= indexDecay;
            var offset = (uint)(int)(Sine(phase) * index * RadiansToPhase);
            var x = (1.6f * Sine(phase + offset)) + (0.35f * Sine(phase * 2));
            note[i] += x / (1f + Math.Abs(x));
        }
    }
}
