namespace MusicBot.Infrastructure.Providers.Local.Audio;

// Sine, exp and saturation built from plain IEEE arithmetic instead of Math.Sin/Exp/Tanh, whose last bits
// come from the platform's C library: a plan must give byte-identical audio on every machine.
internal static class DspMath
{
    public const int SampleRate = 44100;

    private const int TableBits = 12;
    private const int TableSize = 1 << TableBits;
    private const int FractionBits = 32 - TableBits;
    private const float FractionScale = 1f / (1 << FractionBits);
    private const double Ln2 = 0.6931471805599453;

    // One extra entry so interpolation never wraps.
    private static readonly float[] SineTable = BuildSineTable();

    // Phase is a 32-bit fraction of a cycle, so it wraps for free and phase * k is the k-th harmonic.
    public static float Sine(uint phase)
    {
        var index = (int)(phase >> FractionBits);
        var fraction = (phase & ((1u << FractionBits) - 1)) * FractionScale;
        var a = SineTable[index];
        return a + ((SineTable[index + 1] - a) * fraction);
    }

    // A naive sawtooth in [-1, 1); the voices that use it low-pass it, so aliasing stays inaudible.
    public static float Saw(uint phase) => (int)phase * (1f / 2147483648f);

    public static uint PhaseIncrement(double frequency) =>
        (uint)(Math.Clamp(frequency, 0.0, SampleRate / 2.0) * (4294967296.0 / SampleRate));

    // Per-frame multiplier of an exponential decay that falls to 1/e after `seconds`.
    public static float DecayPerFrame(double seconds) =>
        seconds <= 0 ? 0f : (float)Exp(-1.0 / (seconds * SampleRate));

    public static int Frames(double seconds) => (int)Math.Round(seconds * SampleRate);

    // exp(x) = 2^k * exp(r) with |r| <= ln2/2 and a Taylor series that is exact to double precision there.
    public static double Exp(double x)
    {
        if (x < -700)
        {
            return 0;
        }

        var k = Math.Round(x / Ln2);
        var r = x - (k * Ln2);
        var term = 1.0;
        var sum = 1.0;
        for (var n = 1; n <= 16; n++)
        {
            term *= r / n;
            sum += term;
        }

        return Math.ScaleB(sum, (int)k);
    }

    // Linear up to the knee, then a rational tanh approximation that approaches ±1 smoothly.
    public static float SoftClip(float x)
    {
        const float Knee = 0.6f;
        var magnitude = Math.Abs(x);
        if (magnitude <= Knee)
        {
            return x;
        }

        var over = Math.Min((magnitude - Knee) / (1f - Knee), 3f);
        var shaped = over * (27f + (over * over)) / (27f + (9f * over * over));
        return MathF.CopySign(Knee + ((1f - Knee) * shaped), x);
    }

    private static float[] BuildSineTable()
    {
        var table = new float[TableSize + 1];
        for (var i = 0; i <= TableSize; i++)
        {
            var x = 2.0 * Math.PI * i / TableSize;
            x = x > Math.PI ? x - (2.0 * Math.PI) : x;

            var term = x;
            var sum = x;
            for (var n = 1; n <= 20; n++)
            {
                term *= -x * x / ((2 * n) * ((2 * n) + 1));
                sum += term;
            }

            table[i] = (float)sum;
        }

        return table;
    }
}
