namespace MusicBot.Infrastructure.Providers.Local.Audio;

// A simple tune: a two-bar motif of rhythm cells and scale steps, answered by its mirror image and
// repeated, with strong beats pulled onto chord tones and the last note on the tonic.
internal static class MelodyWriter
{
    private const int Low = 60;
    private const int High = 86;

    // (start, length) in sixteenths within one bar.
    private static readonly (int Start, int Length)[][] Cells =
    [
        [(0, 4), (4, 2), (6, 2), (8, 4), (12, 4)],
        [(0, 6), (6, 2), (8, 8)],
        [(0, 2), (2, 2), (4, 4), (8, 2), (10, 2), (12, 4)],
        [(0, 3), (3, 3), (6, 2), (8, 8)],
        [(2, 2), (4, 4), (8, 2), (10, 6)],
        [(0, 8), (8, 4), (12, 4)],
        [(0, 4), (6, 2), (8, 6), (14, 2)],
    ];

    // Held voices (strings, pad) cannot articulate quick notes.
    private static readonly (int Start, int Length)[][] SlowCells =
    [
        [(0, 8), (8, 8)],
        [(0, 12), (12, 4)],
        [(0, 16)],
        [(0, 6), (6, 10)],
    ];

    private static readonly int[] Steps = [-2, -1, -1, 0, 1, 1, 2, 3, -3];

    public static void Write(SongForm form, Voice voice, SplitMix64 random, List<NoteEvent> events)
    {
        var pool = voice is Voice.Strings or Voice.Pad ? SlowCells : Cells;
        var cells = new[] { random.Pick(pool), random.Pick(pool) };
        var motif = Enumerable.Range(0, cells[0].Length + cells[1].Length).Select(_ => random.Pick(Steps)).ToArray();
        var notes = ScaleNotes(form);
        var home = Array.IndexOf(notes, SongForm.Place(form.Tonic, 67));
        home = home < 0 ? notes.Length / 2 : home;

        var index = home;
        for (var bar = 0; bar < form.Bars; bar++)
        {
            var phrase = bar / 2;
            var isAnswer = phrase % 2 == 1;
            var stepOffset = bar % 2 == 0 ? 0 : cells[0].Length;
            if (bar % 2 == 0)
            {
                // Every phrase starts from home so the tune never wanders out of range; answers start higher.
                index = home + (isAnswer ? 2 : 0);
            }

            var chord = form.ChordTones(bar).Select(t => (form.Tonic + t) % 12).ToArray();
            var cell = cells[bar % 2];
            for (var j = 0; j < cell.Length; j++)
            {
                var step = motif[stepOffset + j];
                index = Math.Clamp(index + (isAnswer ? -step : step), 0, notes.Length - 1);
                var (start, length) = cell[j];
                if (start % 8 == 0)
                {
                    index = NearestChordTone(notes, index, chord);
                }

                var beat = (bar * 4) + (start / 4.0);
                var velocity = (start % 8 == 0 ? 0.85f : 0.7f) + (0.06f * random.NextSigned());
                var gate = (int)(form.FramesBetween(beat, beat + (length / 4.0)) * 0.92);
                events.Add(new NoteEvent(voice, form.FrameAt(beat), gate, notes[index], velocity, 0.15f));
            }
        }

        var ending = NearestChordTone(notes, index, [form.Tonic]);
        events.Add(new NoteEvent(voice, form.EndFrame, form.TotalFrames - form.EndFrame, notes[ending], 0.8f, 0.15f));
    }

    private static int[] ScaleNotes(SongForm form)
    {
        var pitchClasses = form.Scale.Melody.Select(s => (form.Tonic + s) % 12).ToHashSet();
        return Enumerable.Range(Low, High - Low + 1).Where(m => pitchClasses.Contains(m % 12)).ToArray();
    }

    private static int NearestChordTone(int[] notes, int index, int[] chordPitchClasses)
    {
        for (var distance = 0; distance <= 3; distance++)
        {
            foreach (var candidate in new[] { index - distance, index + distance })
            {
                if (candidate >= 0 && candidate < notes.Length && chordPitchClasses.Contains(notes[candidate] % 12))
                {
                    return candidate;
                }
            }
        }

        return index;
    }
}
