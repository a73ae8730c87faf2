namespace MusicBot.Infrastructure.Providers.Local.Audio;

// One-bar grooves on a sixteenth grid ('x' hit, '.' rest), chosen to suit the tempo, with a small fill
// before every fourth bar and a cymbal-like open hat on the closing downbeat.
internal static class DrumPatterns
{
    private sealed record Groove(string Kick, string Snare, string Hat, string OpenHat);

    private static readonly Groove Backbeat = new("x.......x.x.....", "....x.......x...", "x.x.x.x.x.x.x.x.", "................");
    private static readonly Groove HalfTime = new("x......x..x.....", "........x.......", "x.x.x.x.x.x.x.x.", "................");
    private static readonly Groove BoomBap = new("x.....x...x.....", "....x.......x...", "x.x.x.x.x.x.x.xx", "................");
    private static readonly Groove FourOnFloor = new("x...x...x...x...", "....x.......x...", "x...x...x...x...", "..x...x...x...x.");
    private static readonly Groove Rock = new("x.....x.x.......", "....x.......x...", "x.x.x.x.x.x.x.x.", "................");
    private static readonly Groove Punk = new("x...x...x...x...", "..x...x...x...x.", "x.x.x.x.x.x.x.x.", "................");

    public static void Write(SongForm form, SplitMix64 random, List<NoteEvent> events)
    {
        Groove[] suitable = form.Tempo switch
        {
            < 100 => [HalfTime, BoomBap, Backbeat],
            < 118 => [Backbeat, BoomBap, Rock],
            < 140 => [FourOnFloor, Backbeat, Rock],
            _ => [Rock, Punk, Backbeat],
        };
        var groove = random.Pick(suitable);

        for (var bar = 0; bar < form.Bars; bar++)
        {
            var hasFill = bar % 4 == 3 && bar + 1 < form.Bars;
            for (var step = 0; step < 16; step++)
            {
                var beat = (bar * 4) + (step / 4.0);
                var inFill = hasFill && step >= 12;
                Hit(groove.Kick, step, Voice.Kick, 0f, beat);
                Hit(groove.Snare, step, Voice.Snare, -0.08f, beat);
                if (!inFill)
                {
                    Hit(groove.Hat, step, Voice.ClosedHat, 0.3f, beat);
                    Hit(groove.OpenHat, step, Voice.OpenHat, 0.3f, beat);
                }
                else if (groove.Snare[step] != 'x')
                {
                    // Rising sixteenth snares into the next phrase.
                    Add(Voice.Snare, beat, 0.35f + ((step - 12) * 0.12f), -0.08f);
                }
            }
        }

        Add(Voice.Kick, form.EndBeat, 1f, 0f);
        Add(Voice.OpenHat, form.EndBeat, 1f, 0.2f);

        void Hit(string pattern, int step, Voice voice, float pan, double beat)
        {
            if (pattern[step] != 'x')
            {
                return;
            }

            // Hats lean on the beat and off-beat eighths; the rest are ghosted.
            var accent = voice == Voice.ClosedHat ? (step % 4 == 0 ? 1f : step % 2 == 0 ? 0.75f : 0.5f) : 1f;
            Add(voice, beat, accent, pan);
        }

        void Add(Voice voice, double beat, float velocity, float pan)
        {
            var jitter = 0.06f * random.NextSigned();
            events.Add(new NoteEvent(voice, form.FrameAt(beat), 0, 0, velocity * (1f + jitter), pan));
        }
    }
}
