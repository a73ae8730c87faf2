using static MusicBot.Infrastructure.Providers.Local.Audio.DspMath;

namespace MusicBot.Infrastructure.Providers.Local.Audio;

// The drum kit: decaying sines for the drums' bodies, filtered seeded noise for snare wires and cymbals.
internal static class DrumVoices
{
    public static void Kick(Span<float> note, SplitMix64 noise)
    {
        // A sine whose pitch drops fast from ~160 Hz to ~48 Hz is the classic electronic kick.
        var sweep = 112.0;
        var sweepDecay = DecayPerFrame(0.035);
        var amplitudeDecay = DecayPerFrame(0.22);
        var clickFrames = Frames(0.003);
        var amplitude = 1f;
        uint phase = 0;
        for (var i = 0; i < note.Length; i++)
        {
            sweep *= sweepDecay;
            phase += PhaseIncrement(48.0 + sweep);
            amplitude *= amplitudeDecay;
            var click = i < clickFrames ? 0.3f * noise.NextSigned() : 0f;
            note[i] += (amplitude * Sine(phase)) + click;
        }
    }

    public static void Snare(Span<float> note, SplitMix64 noise)
    {
        var tone = PhaseIncrement(185.0);
        var toneDecay = DecayPerFrame(0.045);
        var noiseDecay = DecayPerFrame(0.11);
        var toneLevel = 0.55f;
        var noiseLevel = 0.8f;
        var previous = 0f;
        uint phase = 0;
        for (var i = 0; i < note.Length; i++)
        {
            phase += tone;
            toneLevel *= toneDecay;
            noiseLevel *= noiseDecay;

            // First difference: a cheap high-pass that keeps the rattle and drops the rumble.
            var white = noise.NextSigned();
            var wires = white - (0.6f * previous);
            previous = white;
            note[i] += (toneLevel * Sine(phase)) + (noiseLevel * wires);
        }
    }

    public static void Hat(Span<float> note, SplitMix64 noise, double ringSeconds)
    {
        var decay = DecayPerFrame(ringSeconds);
        var level = 1f;
        var previous = 0f;
        var older = 0f;
        for (var i = 0; i < note.Length; i++)
        {
            level *= decay;

            // Second difference: a steeper high-pass, leaving only the metallic hiss.
            var white = noise.NextSigned();
            var hiss = white - (2f * previous) + older;
            older = previous;
            previous = white;
            note[i] += level * 0.35f * hiss;
        }
    }
}
