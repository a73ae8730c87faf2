namespace MusicBot.Infrastructure.Providers.Local.Audio;

// Attack-decay-sustain-release envelope, multiplied into a rendered note in place. Attack is linear,
// decay and release are exponential, and the last few milliseconds ramp to zero so notes never click off.
internal readonly record struct Adsr(double Attack, double Decay, float Sustain, double Release)
{
    private const int EndRampFrames = 96;

    public int ReleaseFrames => DspMath.Frames(Release);

    public void Apply(Span<float> note, int gateFrames)
    {
        var attackFrames = Math.Max(1, DspMath.Frames(Attack));
        var decay = DspMath.DecayPerFrame(Decay);
        var release = DspMath.DecayPerFrame(Release / 5.0);
        var level = 0f;
        var overshoot = 1f - Sustain;

        for (var i = 0; i < note.Length; i++)
        {
            if (i < gateFrames)
            {
                if (i < attackFrames)
                {
                    level = (i + 1f) / attackFrames;
                }
                else
                {
                    overshoot *= decay;
                    level = Sustain + overshoot;
                }
            }
            else
            {
                level *= release;
            }

            note[i] *= level;
        }

        var ramp = Math.Min(EndRampFrames, note.Length);
        for (var i = 0; i < ramp; i++)
        {
            note[note.Length - 1 - i] *= i / (float)ramp;
        }
    }
}
