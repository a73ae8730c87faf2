namespace MusicBot.Infrastructure.Providers.Local.Audio;

// A mastered take as interleaved 16-bit stereo: the mix and each stem the arrangement has. The stems add up to
// the mix within a few steps of rounding (each is rounded to 16 bits on its own).
internal sealed class RenderedTake(short[] mix, IReadOnlyDictionary<Stem, short[]> stems)
{
    public short[] Mix => mix;

    public IReadOnlyDictionary<Stem, short[]> Stems => stems;

    public int Frames => mix.Length / 2;
}
