namespace MusicBot.Infrastructure.Tests.Providers.Local.Audio;

internal sealed record WavFormatChunk(
    short AudioFormat, short Channels, int SampleRate, int ByteRate, short BlockAlign, short BitsPerSample);

// Samples are interleaved left, right, left, right...
internal sealed record WavFile(WavFormatChunk Format, int RiffSize, int DataSize, short[] Samples)
{
    // Integer arithmetic: a double round trip would turn 17.24 s into 17.2399999 s.
    public TimeSpan Duration => TimeSpan.FromTicks((long)DataSize * TimeSpan.TicksPerSecond / Format.ByteRate);

    public double Rms => Math.Sqrt(Samples.Average(s => (double)s * s));

    public double FractionAtFullScale => Samples.Count(s => s is >= short.MaxValue or <= -short.MaxValue) / (double)Samples.Length;

    public int FramePeak(int frame) => Math.Max(Math.Abs((int)Samples[2 * frame]), Math.Abs((int)Samples[(2 * frame) + 1]));
}
