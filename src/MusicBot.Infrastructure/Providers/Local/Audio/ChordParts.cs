using static MusicBot.Infrastructure.Providers.Local.Audio.InstrumentNames;

namespace MusicBot.Infrastructure.Providers.Local.Audio;

// How each harmony instrument plays the chords: piano hits, guitar strums, held strings and pads,
// and pluck arpeggios. The closing tonic chord is held by every part.
internal static class ChordParts
{
    private static readonly (double Beat, double Length)[][] PianoRhythms =
    [
        [(0, 4)],
        [(0, 2), (2, 2)],
        [(0, 1.5), (1.5, 2.5)],
        [(0, 1), (1.5, 1), (2.5, 1.5)],
    ];

    private static readonly (double Beat, double Length)[][] StrumRhythms =
    [
        [(0, 1.5), (1.5, 1), (2.5, 1.5)],
        [(0, 1), (1, 1), (2, 1), (3, 1)],
        [(0, 1), (1, 0.5), (1.5, 1), (2.5, 0.5), (3, 1)],
    ];

    // The closing chord: one hit on the downbeat, held to the end.
    private static readonly (double Beat, double Length)[] EndingHit = [(0, 4)];

    private static readonly int[][] ArpeggioOrders = [[0, 1, 2, 3], [0, 1, 2, 3, 2, 1], [0, 2, 1, 3]];

    public static void Write(string instrument, SongForm form, SplitMix64 random, bool addsRoot, List<NoteEvent> events)
    {
        switch (instrument)
        {
            case Piano:
                Hits(form, Voice.Piano, random.Pick(PianoRhythms), low: 55, addsRoot, -0.2f, random, events);
                break;
            case Guitar:
                Hits(form, Voice.Guitar, random.Pick(StrumRhythms), low: 52, addsRoot: true, 0.25f, random, events);
                break;
            case Strings:
                Held(form, Voice.Strings, low: 55, spread: 0.3f, events);
                break;
            case Pad:
                Held(form, Voice.Pad, low: 60, spread: 0.7f, events);
                break;
            case Pluck:
                Arpeggio(form, random, events);
                break;
            default:
                break;
        }
    }

    private static void Hits(
        SongForm form, Voice voice, (double Beat, double Length)[] rhythm, int low, bool addsRoot, float pan,
        SplitMix64 random, List<NoteEvent> events)
    {
        // A strum sounds its strings a few milliseconds apart; a pianist's hands are nearly together.
        var spreadFrames = DspMath.Frames(voice == Voice.Guitar ? 0.014 : 0.004);
        for (var bar = 0; bar <= form.Bars; bar++)
        {
            var notes = form.Voice(form.ChordTones(bar), low).ToList();
            if (addsRoot)
            {
                notes.Insert(0, SongForm.Place(form.Tonic + form.ChordTones(bar)[0], low - 12));
            }

            var hits = bar == form.Bars ? EndingHit : rhythm;
            foreach (var (beat, length) in hits)
            {
                var start = (bar * 4) + beat;
                var gate = bar == form.Bars
                    ? form.TotalFrames - form.EndFrame
                    : form.FramesBetween(start, start + length);
                var isUpstroke = voice == Voice.Guitar && beat % 1 != 0;
                var accent = (beat == 0 ? 0.9f : 0.75f) * (isUpstroke ? 0.8f : 1f);
                for (var n = 0; n < notes.Count; n++)
                {
                    var order = isUpstroke ? notes.Count - 1 - n : n;
                    var offset = (n * spreadFrames) + (int)(random.NextSigned() * spreadFrames);
                    var velocity = accent + (0.05f * random.NextSigned());
                    var frame = Math.Max(0, form.FrameAt(start) + offset);
                    events.Add(new NoteEvent(voice, frame, gate, notes[order], velocity, pan));
                }
            }
        }
    }

    private static void Held(SongForm form, Voice voice, int low, float spread, List<NoteEvent> events)
    {
        for (var bar = 0; bar <= form.Bars; bar++)
        {
            var notes = form.Voice(form.ChordTones(bar), low);
            var start = form.FrameAt(bar * 4.0);
            var gate = bar == form.Bars ? form.TotalFrames - start : form.FramesBetween(bar * 4.0, (bar * 4.0) + 4);
            for (var n = 0; n < notes.Length; n++)
            {
                // Alternate chord tones left and right for a wide, even spread.
                var pan = n % 2 == 0 ? -spread : spread;
                events.Add(new NoteEvent(voice, start, gate, notes[n], 0.8f, pan));
            }
        }
    }

    private static void Arpeggio(SongForm form, SplitMix64 random, List<NoteEvent> events)
    {
        var order = random.Pick(ArpeggioOrders);
        var step = form.Tempo < 110 ? 0.25 : 0.5;
        var position = 0;
        for (var bar = 0; bar < form.Bars; bar++)
        {
            var notes = form.Voice(form.ChordTones(bar), 64).ToList();
            notes.Add(notes[0] + 12);
            for (var beat = 0.0; beat < 4.0; beat += step)
            {
                var start = (bar * 4) + beat;
                var midi = notes[order[position++ % order.Length] % notes.Count];
                var velocity = (beat % 1 == 0 ? 0.8f : 0.6f) + (0.05f * random.NextSigned());
                var pan = (position % 2 == 0 ? 0.45f : -0.45f) + (0.1f * random.NextSigned());
                var gate = form.FramesBetween(start, start + step);
                events.Add(new NoteEvent(Voice.Pluck, form.FrameAt(start), gate, midi, velocity, pan));
            }
        }

        var tonic = SongForm.Place(form.Tonic, 64);
        events.Add(new NoteEvent(Voice.Pluck, form.EndFrame, form.TotalFrames - form.EndFrame, tonic, 0.8f, 0f));
    }
}
