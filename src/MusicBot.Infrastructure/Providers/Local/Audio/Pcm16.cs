namespace MusicBot.Infrastructure.Providers.Local.Audio;

// The one conversion between float samples and 16-bit PCM, so every path rounds the same way.
internal static class Pcm16
{
    public static short From(float sample) =>
        (short)Math.Clamp(MathF.Round(sample * short.MaxValue), short.MinValue + 1, short.MaxValue);
}
