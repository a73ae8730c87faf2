namespace MusicBot.Infrastructure.Providers.Local.Audio;

// The bass line: chord roots (with fifths and octaves) in one of a few rhythms suited to the tempo.
internal static class BassLine
{
    private const int Low = 33;

    // (beat, length in beats, tone: 0 root, 1 fifth, 2 octave)
    private static readonly (double Beat, double Length, int Tone)[][] Slow =
    [
        [(0, 3.5, 0)],
        [(0, 1.5, 0), (1.5, 1, 0), (2.5, 1.5, 1)],
        [(0, 0.75, 0), (0.75, 0.75, 0), (2, 0.75, 0), (3, 0.5, 1), (3.5, 0.5, 2)],
    ];

    private static readonly (double Beat, double Length, int Tone)[][] Driving =
    [
        [
            (0, 0.45, 0), (0.5, 0.45, 0), (1, 0.45, 0), (1.5, 0.45, 0),
            (2, 0.45, 0), (2.5, 0.45, 0), (3, 0.45, 1), (3.5, 0.45, 2),
        ],
        [(0.5, 0.4, 0), (1.5, 0.4, 0), (2.5, 0.4, 0), (3.5, 0.4, 2)],
        [(0, 0.75, 0), (0.75, 0.75, 0), (2, 0.75, 0), (3, 0.5, 1), (3.5, 0.5, 2)],
    ];

    public static void Write(SongForm form, SplitMix64 random, List<NoteEvent> events)
    {
        var pattern = random.Pick(form.Tempo >= 118 ? Driving : Slow);
        for (var bar = 0; bar < form.Bars; bar++)
        {
            var degree = form.Degree(bar);
            var root = SongForm.Place(form.Tonic + form.Scale.ChordTone(degree, 0), Low);
            var fifth = root + form.Scale.ChordTone(degree, 2) - form.Scale.ChordTone(degree, 0);
            foreach (var (beat, length, tone) in pattern)
            {
                var midi = tone switch
                {
                    1 => fifth,
                    2 => root + 12,
                    _ => root,
                };
                var start = (bar * 4) + beat;
                var velocity = (beat == 0 ? 0.95f : 0.8f) + (0.06f * random.NextSigned());
                events.Add(new NoteEvent(
                    Voice.Bass, form.FrameAt(start), form.FramesBetween(start, start + length), midi, velocity, 0f));
            }
        }

        var tonic = SongForm.Place(form.Tonic, Low);
        events.Add(new NoteEvent(
            Voice.Bass, form.EndFrame, form.TotalFrames - form.EndFrame, tonic, 0.9f, 0f));
    }
}
