namespace MusicBot.Infrastructure.Providers.Local.Audio;

// Melody notes come from the scale itself; chords are stacked thirds of its seven-note parent, so a
// pentatonic tune still gets full triads. Progressions are 0-based degrees of the parent.
internal sealed record ScaleShape(string Name, int[] Melody, int[] Parent, int[][] Progressions)
{
    // Semitones above the tonic of the chord tone `step` (0 root, 1 third, 2 fifth, 3 seventh) on `degree`.
    public int ChordTone(int degree, int step)
    {
        var index = degree + (2 * step);
        return Parent[index % 7] + (12 * (index / 7));
    }
}
