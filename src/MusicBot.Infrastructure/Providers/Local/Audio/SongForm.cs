namespace MusicBot.Infrastructure.Providers.Local.Audio;

// The frame every part writes against: bars, chords and where each beat falls in the audio.
internal sealed class SongForm
{
    private readonly int[] _progression;
    private readonly double _swing;

    public SongForm(MusicPlan plan, int totalFrames)
    {
        Scale = MusicTheory.Scale(plan.Scale);
        Tonic = MusicTheory.PitchClass(plan.Key);
        TotalFrames = totalFrames;
        Tempo = plan.Tempo;
        FramesPerBeat = 60.0 * DspMath.SampleRate / plan.Tempo;

        // Whole bars, leaving at least half a second at the end for the closing chord to ring.
        var barFrames = 4 * FramesPerBeat;
        Bars = Math.Max(1, (int)((totalFrames - DspMath.Frames(0.5)) / barFrames));

        // Chords come from key, scale and tempo, not the seed, so both takes of a request share them. A later
        // section (an extension) moves to another progression of the scale, as a chorus departs from its verse.
        var idea = StableHash.Mix(StableHash.Fnv1a64(plan.Key + "|" + Scale.Name), (ulong)plan.Tempo);
        var count = Scale.Progressions.Length;
        var progression = StableHash.Pick(idea, 1, count);
        if (plan.Section > 0 && count > 1)
        {
            progression = (progression + 1 + StableHash.Pick(idea, 100UL + (ulong)plan.Section, count - 1)) % count;
        }

        _progression = Scale.Progressions[progression];

        // Slow tempos get lazy swung eighths and jazzy sevenths: the lo-fi sound.
        var isLaidBack = plan.Tempo < 100;
        _swing = isLaidBack ? 0.08 : 0.0;
        HasSevenths = isLaidBack;
    }

    public ScaleShape Scale { get; }

    public int Tonic { get; }

    public int TotalFrames { get; }

    public int Tempo { get; }

    public double FramesPerBeat { get; }

    public int Bars { get; }

    public bool HasSevenths { get; }

    // Beat where the closing tonic chord starts; it is held to the end of the track.
    public double EndBeat => Bars * 4.0;

    public int EndFrame => FrameAt(EndBeat);

    // Bars past the progression (the ending) return to the tonic.
    public int Degree(int bar) => bar >= Bars ? 0 : _progression[bar % _progression.Length];

    // Semitones above the tonic of the chord in `bar`, root first.
    public int[] ChordTones(int bar)
    {
        var degree = Degree(bar);
        var count = HasSevenths && bar < Bars ? 4 : 3;
        var tones = new int[count];
        for (var step = 0; step < count; step++)
        {
            tones[step] = Scale.ChordTone(degree, step);
        }

        return tones;
    }

    // Places every tone of the chord (or any list of tones above the tonic) inside [low, low + 12).
    public int[] Voice(IEnumerable<int> tones, int low)
    {
        var notes = tones.Select(t => Place(Tonic + t, low)).ToArray();
        Array.Sort(notes);
        return notes;
    }

    public static int Place(int midi, int low) => low + ((((midi - low) % 12) + 12) % 12);

    public int FrameAt(double beat)
    {
        // Swing pushes the off-beat eighth late and bends the other subdivisions smoothly around it.
        var whole = Math.Floor(beat);
        var fraction = beat - whole;
        var swung = fraction < 0.5
            ? fraction * (0.5 + _swing) / 0.5
            : 0.5 + _swing + ((fraction - 0.5) * (0.5 - _swing) / 0.5);
        return (int)Math.Round((whole + swung) * FramesPerBeat);
    }

    public int FramesBetween(double fromBeat, double toBeat) => Math.Max(1, FrameAt(toBeat) - FrameAt(fromBeat));
}
