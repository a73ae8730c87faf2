using static MusicBot.Infrastructure.Providers.Local.Audio.InstrumentNames;

namespace MusicBot.Infrastructure.Providers.Local.Audio;

// Writes the arrangement: chords for every harmony instrument, a bass line, drums and a melody.
// Each part draws from its own random stream, so adding an instrument never rewrites the tune.
internal static class Composer
{
    private static readonly string[] MelodyPreference = [Lead, Pluck, Piano, Guitar, Strings, Pad];

    public static List<NoteEvent> Compose(MusicPlan plan, int totalFrames)
    {
        var form = new SongForm(plan, totalFrames);
        var events = new List<NoteEvent>();
        var present = InstrumentNames.All.Where(plan.HasInstrument).ToList();
        if (!present.Any(i => InstrumentNames.Harmony.Contains(i) || i == Lead))
        {
            // A hand-made plan with nothing to play the chords still deserves music.
            present.Insert(0, Piano);
        }

        var melody = MelodyPreference.First(present.Contains);
        var harmony = present.Where(InstrumentNames.Harmony.Contains).ToList();
        foreach (var instrument in harmony)
        {
            // Piano plays chords and tune with two hands; anything else leaves the chords to the others.
            if (instrument == melody && instrument != Piano && harmony.Count > 1)
            {
                continue;
            }

            ChordParts.Write(instrument, form, Stream(plan, instrument), !present.Contains(Bass), events);
        }

        var written = Tag(events, 0, Stem.Chords);
        if (present.Contains(Bass))
        {
            BassLine.Write(form, Stream(plan, Bass), events);
            written = Tag(events, written, Stem.Bass);
        }

        if (present.Contains(Drums))
        {
            DrumPatterns.Write(form, Stream(plan, Drums), events);
            written = Tag(events, written, Stem.Drums);
        }

        MelodyWriter.Write(form, VoiceOf(melody), Stream(plan, "melody"), events);
        Tag(events, written, Stem.Melody);
        return events;
    }

    public static Voice VoiceOf(string instrument) => instrument switch
    {
        Piano => Voice.Piano,
        Guitar => Voice.Guitar,
        Strings => Voice.Strings,
        Pad => Voice.Pad,
        Pluck => Voice.Pluck,
        Lead => Voice.Lead,
        Bass => Voice.Bass,
        _ => throw new ArgumentOutOfRangeException(nameof(instrument), instrument, "Not a pitched instrument."),
    };

    // Marks the events written since `from` as one part; returns where the next part starts.
    private static int Tag(List<NoteEvent> events, int from, Stem stem)
    {
        for (var i = from; i < events.Count; i++)
        {
            events[i] = events[i] with { Stem = stem };
        }

        return events.Count;
    }

    private static SplitMix64 Stream(MusicPlan plan, string part) =>
        new(StableHash.Mix(plan.Seed, StableHash.Fnv1a64(part)));
}
