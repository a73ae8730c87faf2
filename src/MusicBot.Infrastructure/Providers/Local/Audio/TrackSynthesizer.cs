namespace MusicBot.Infrastructure.Providers.Local.Audio;

// Renders a MusicPlan to a 44.1 kHz 16-bit stereo WAV, entirely in process. The same plan always gives
// the same bytes: every random choice comes from the plan's seed and all maths avoids platform libraries.
public static class TrackSynthesizer
{
    private static readonly TimeSpan MaxDuration = TimeSpan.FromMinutes(5);

    public static void Render(MusicPlan plan, Stream output)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentOutOfRangeException.ThrowIfLessThan(plan.Duration, TimeSpan.FromSeconds(1));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(plan.Duration, MaxDuration);
        ArgumentOutOfRangeException.ThrowIfLessThan(plan.Tempo, 20);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(plan.Tempo, 400);

        var frames = (int)Math.Round(plan.Duration.TotalSeconds * DspMath.SampleRate);
        var mix = new MixBuffer(frames);
        var noise = new SplitMix64(StableHash.Mix(plan.Seed, 0x401E));
        var scratch = Array.Empty<float>();

        foreach (var note in Composer.Compose(plan, frames))
        {
            var length = Math.Min(note.GateFrames + VoiceRenderer.TailFrames(note.Voice), frames - note.StartFrame);
            if (length <= 0)
            {
                continue;
            }

            if (scratch.Length < length)
            {
                scratch = new float[length];
            }

            var buffer = scratch.AsSpan(0, length);
            buffer.Clear();
            VoiceRenderer.Render(note, buffer, noise);
            mix.Add(note.StartFrame, buffer, note.Pan, VoiceRenderer.EchoSend(note.Voice));
        }

        // A dotted-eighth echo sits between the beats instead of blurring them.
        var echoDelay = (int)Math.Round(0.75 * 60.0 * DspMath.SampleRate / plan.Tempo);
        mix.AddEcho(echoDelay, feedback: 0.35f, wet: 0.3f);
        var fadeOut = DspMath.Frames(Math.Min(1.5, plan.Duration.TotalSeconds / 6));
        mix.Master(fadeInFrames: DspMath.Frames(0.02), fadeOutFrames: fadeOut);

        WavFormat.WriteHeader(output, frames);
        mix.WritePcm16(output);
    }
}
