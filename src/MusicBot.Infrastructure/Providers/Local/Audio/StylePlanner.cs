using System.Globalization;
using System.Text.RegularExpressions;
using static MusicBot.Infrastructure.Providers.Local.Audio.StyleVocabulary;

namespace MusicBot.Infrastructure.Providers.Local.Audio;

// Turns free style text into a MusicPlan. Keywords steer the plan; a stable hash of the text fills in
// the rest, so the same style always sounds the same. Both variations of a request share key, scale,
// tempo and length (two takes of one idea) and differ in seed and perhaps one extra instrument.
public static partial class StylePlanner
{
    private const double TailSeconds = 1.5;
    private const double MaxSeconds = 20.0;
    private const double MinSeconds = 8.0;

    private static readonly int[] PhraseBars = [8, 6, 4];

    // The modes first: "dorian minor" means dorian.
    private static readonly string[] NamedScales =
    [
        MusicTheory.Dorian, MusicTheory.Mixolydian, MusicTheory.Phrygian, MusicTheory.Lydian,
        MusicTheory.Minor, MusicTheory.Major,
    ];

    public static MusicPlan Plan(string style, int variation)
    {
        ArgumentNullException.ThrowIfNull(style);
        ArgumentOutOfRangeException.ThrowIfLessThan(variation, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(variation, 2);

        var text = style.Trim().ToLowerInvariant();
        var hash = StableHash.Fnv1a64(text);
        var words = StyleWords.Parse(text);
        var mood = Array.Find(Moods, m => m.Words.Any(words.Contains)) ?? DefaultMood;

        var tempo = ChooseTempo(text, words, mood, hash);
        var (key, scale) = ChooseKeyAndScale(text, words, mood, hash);
        var instruments = ChooseInstruments(words, mood, hash, variation);
        var seed = StableHash.Mix(hash, 0x5EED0000UL + (ulong)variation);
        return new MusicPlan(tempo, key, scale, instruments, ChooseDuration(tempo), variation, seed);
    }

    private static int ChooseTempo(string text, StyleWords words, StyleMood mood, ulong hash)
    {
        var bpm = BpmPattern().Match(text);
        if (bpm.Success)
        {
            return Math.Clamp(int.Parse(bpm.Groups[1].ValueSpan, CultureInfo.InvariantCulture), MinTempo, MaxTempo);
        }

        var (min, max) = words.ContainsAny(SlowWords) ? (62, 80)
            : words.ContainsAny(FastWords) ? (140, 168)
            : (mood.MinTempo, mood.MaxTempo);
        return min + StableHash.Pick(hash, 1, max - min + 1);
    }

    private static (string Key, string Scale) ChooseKeyAndScale(
        string text, StyleWords words, StyleMood mood, ulong hash)
    {
        var scale = ChooseScale(words, mood, hash);
        var key = MusicTheory.KeyNames[StableHash.Pick(hash, 2, 12)];
        var named = KeyPattern().Match(text);
        if (named.Success)
        {
            var pitch = MusicTheory.PitchClass(named.Groups["note"].Value + named.Groups["accidental"].Value);
            key = MusicTheory.KeyNames[pitch];
        }

        return (key, scale);
    }

    private static string ChooseScale(StyleWords words, StyleMood mood, ulong hash)
    {
        if (words.Contains(MusicTheory.Pentatonic))
        {
            return words.Contains(MusicTheory.Minor) ? MusicTheory.MinorPentatonic : MusicTheory.Pentatonic;
        }

        var explicitScale = Array.Find(NamedScales, words.Contains);
        return explicitScale ?? mood.Scales[StableHash.Pick(hash, 3, mood.Scales.Length)];
    }

    private static List<string> ChooseInstruments(StyleWords words, StyleMood mood, ulong hash, int variation)
    {
        var chosen = new HashSet<string>(words.Instruments, StringComparer.Ordinal);
        var excluded = words.ExcludedInstruments;

        if (!chosen.Overlaps(InstrumentNames.Harmony))
        {
            var pool = mood.HarmonyPool.Where(i => !excluded.Contains(i)).ToArray();
            pool = pool.Length > 0 ? pool : InstrumentNames.Harmony.Where(i => !excluded.Contains(i)).ToArray();
            if (pool.Length > 0)
            {
                chosen.Add(pool[StableHash.Pick(hash, 4, pool.Length)]);
            }
        }

        if (!excluded.Contains(InstrumentNames.Bass))
        {
            chosen.Add(InstrumentNames.Bass);
        }

        var wantsDrums = words.Instruments.Contains(InstrumentNames.Drums);
        if (!excluded.Contains(InstrumentNames.Drums) && (wantsDrums || !mood.IsDrumless))
        {
            chosen.Add(InstrumentNames.Drums);
        }

        // The one thing allowed to differ between the two takes: an optional extra voice for colour. Held
        // sounds (pad, strings) make a poor tune, so without a voice that can carry one the extra is certain.
        var needsTune = !chosen.Overlaps(MelodicInstruments);
        var extras = (needsTune ? MelodicExtras : ExtraPool)
            .Where(i => !chosen.Contains(i) && !excluded.Contains(i))
            .ToArray();
        var roll = StableHash.Mix(hash, 10UL + (ulong)variation);
        if (extras.Length > 0 && (needsTune || roll % 3 != 0))
        {
            chosen.Add(extras[(int)(roll / 3 % (ulong)extras.Length)]);
        }

        return InstrumentNames.All.Where(chosen.Contains).ToList();
    }

    private static TimeSpan ChooseDuration(int tempo)
    {
        // Whole phrases of 8, 6 or 4 bars plus a tail for the last chord to ring; rounded to 10 ms so the
        // length is a whole number of 44.1 kHz frames.
        var barSeconds = 240.0 / tempo;
        var bars = PhraseBars.FirstOrDefault(b => (b * barSeconds) + TailSeconds <= MaxSeconds, 4);
        var seconds = Math.Clamp((bars * barSeconds) + TailSeconds, MinSeconds, MaxSeconds);
        return TimeSpan.FromMilliseconds(Math.Round(seconds * 100.0) * 10.0);
    }

    [GeneratedRegex(@"\b(\d{2,3})\s*bpm\b", RegexOptions.CultureInvariant)]
    private static partial Regex BpmPattern();

    [GeneratedRegex(
        @"(?<![\w#])(?<note>[a-g])(?<accidental>[#♯b♭]?)(?:\s|-)*(?:major|minor|dorian|mixolydian|phrygian|lydian)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex KeyPattern();
}
