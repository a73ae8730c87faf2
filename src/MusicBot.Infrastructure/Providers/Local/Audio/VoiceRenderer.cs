namespace MusicBot.Infrastructure.Providers.Local.Audio;

// Renders one NoteEvent into a mono buffer: the voice's oscillators, its envelope and its level in the mix.
internal static class VoiceRenderer
{
    private static readonly double[] StringDetune = [0.996, 1.0, 1.0042];
    private static readonly double[] PadDetune = [0.993, 1.0, 1.0071, 0.5];

    // Frames a note sounds beyond its gate, so the caller can size the buffer.
    public static int TailFrames(Voice voice) => voice switch
    {
        Voice.Kick => DspMath.Frames(0.45),
        Voice.Snare => DspMath.Frames(0.35),
        Voice.ClosedHat => DspMath.Frames(0.12),
        Voice.OpenHat => DspMath.Frames(0.5),
        _ => Envelope(voice).ReleaseFrames,
    };

    // Share of each voice sent to the stereo echo: the tune and pads, never the low end.
    public static float EchoSend(Voice voice) => voice switch
    {
        Voice.Lead => 0.35f,
        Voice.Pluck => 0.4f,
        Voice.Pad or Voice.Strings => 0.25f,
        Voice.Piano or Voice.Guitar => 0.18f,
        _ => 0f,
    };

    public static void Render(in NoteEvent note, Span<float> output, SplitMix64 noise)
    {
        var frequency = MusicTheory.MidiToFrequency(note.Midi);
        switch (note.Voice)
        {
            case Voice.Piano:
                TonalVoices.Piano(output, frequency, note.Midi);
                break;
            case Voice.Guitar:
                GuitarVoice.Render(output, frequency, noise);
                break;
            case Voice.Strings:
                TonalVoices.Ensemble(output, frequency, StringDetune, 0.22f);
                break;
            case Voice.Pad:
                TonalVoices.Ensemble(output, frequency, PadDetune, 0.1f);
                break;
            case Voice.Pluck:
                TonalVoices.Pluck(output, frequency);
                break;
            case Voice.Lead:
                TonalVoices.Lead(output, frequency);
                break;
            case Voice.Bass:
                TonalVoices.Bass(output, frequency);
                break;
            case Voice.Kick:
                DrumVoices.Kick(output, noise);
                break;
            case Voice.Snare:
                DrumVoices.Snare(output, noise);
                break;
            case Voice.ClosedHat:
                DrumVoices.Hat(output, noise, 0.03);
                break;
            case Voice.OpenHat:
                DrumVoices.Hat(output, noise, 0.16);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(note), note.Voice, "Unknown voice.");
        }

        if (note.Voice is not (Voice.Kick or Voice.Snare or Voice.ClosedHat or Voice.OpenHat))
        {
            Envelope(note.Voice).Apply(output, note.GateFrames);
        }

        var gain = note.Velocity * Level(note.Voice);
        foreach (ref var sample in output)
        {
            sample *= gain;
        }
    }

    private static Adsr Envelope(Voice voice) => voice switch
    {
        Voice.Piano => new Adsr(0.004, 0, 1f, 0.25),
        Voice.Guitar => new Adsr(0.002, 0, 1f, 0.12),
        Voice.Strings => new Adsr(0.22, 0.4, 0.85f, 0.5),
        Voice.Pad => new Adsr(0.7, 0.8, 0.8f, 1.2),
        Voice.Pluck => new Adsr(0.002, 0, 1f, 0.2),
        Voice.Lead => new Adsr(0.02, 0.2, 0.75f, 0.2),
        Voice.Bass => new Adsr(0.006, 0.3, 0.7f, 0.08),
        _ => new Adsr(0.001, 0, 1f, 0.05),
    };

    // Rough loudness balance between voices; the master stage normalises the total afterwards.
    private static float Level(Voice voice) => voice switch
    {
        Voice.Piano => 0.26f,
        Voice.Guitar => 0.32f,
        Voice.Strings => 0.2f,
        Voice.Pad => 0.2f,
        Voice.Pluck => 0.22f,
        Voice.Lead => 0.2f,
        Voice.Bass => 0.42f,
        Voice.Kick => 0.8f,
        Voice.Snare => 0.34f,
        Voice.ClosedHat => 0.15f,
        Voice.OpenHat => 0.12f,
        _ => 0f,
    };
}
